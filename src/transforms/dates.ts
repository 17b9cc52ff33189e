import { DateTime } from 'luxon';

/** A moment as stories, pages and feeds need it, computed once in the newsroom's zone. */
export interface NewsroomDate {
  /** ISO 8601 with the newsroom offset, for <time datetime> and Atom/JSON Feed. */
  iso: string;
  epochMs: number;
  /** The newsroom-local calendar day, YYYY-MM-DD: the key of the daily issue. */
  day: string;
  /** True when the editor gave a time, so layouts know whether a time is worth showing. */
  hasTime: boolean;
  /** "Friday, November 20, 2026" */
  longDate: string;
  /** "Nov 20, 2026" */
  shortDate: string;
  /** "9:30 AM EST", empty when the editor gave only a date. */
  time: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

export type DateParseResult = { ok: true; value: NewsroomDate } | { ok: false; reason: string };

/**
 * Reads a front-matter date. A value without a zone (a plain date, or a date-time without
 * offset) is newsroom-local time, never UTC: "2026-11-20" is the 20th in New York, not the
 * evening of the 19th.
 */
export function parseNewsroomDate(raw: string, timeZone: string): DateParseResult {
  const text = raw.trim();
  const parsed = parseIso(text, timeZone);
  if (!parsed.ok) return parsed;
  return { ok: true, value: toNewsroomDate(parsed.value, timeZone, !DATE_ONLY.test(text)) };
}

/** Whether a front-matter value is a date parseNewsroomDate accepts, without formatting it (validation runs on every story). */
export function isNewsroomDate(raw: string): boolean {
  return parseIso(raw.trim(), 'UTC').ok;
}

function parseIso(text: string, timeZone: string): { ok: true; value: DateTime } | { ok: false; reason: string } {
  if (!DATE_ONLY.test(text) && !DATE_TIME.test(text)) {
    return { ok: false, reason: 'it is not an ISO date or date-time' };
  }
  const parsed = DateTime.fromISO(text.replace(' ', 'T'), { zone: timeZone, setZone: false });
  if (!parsed.isValid) {
    return { ok: false, reason: `it is not a real date (${parsed.invalidExplanation ?? parsed.invalidReason})` };
  }
  return { ok: true, value: parsed };
}

export function toNewsroomDate(moment: DateTime, timeZone: string, hasTime = true): NewsroomDate {
  const local = moment.setZone(timeZone);
  return {
    iso: local.toISO({ suppressMilliseconds: true }) ?? '',
    epochMs: local.toMillis(),
    day: local.toISODate() ?? '',
    hasTime,
    longDate: formatIn(local, 'long'),
    shortDate: formatIn(local, 'short'),
    time: hasTime ? formatIn(local, 'time') : '',
  };
}

/**
 * The same Intl formats luxon's toLocaleString used, built once per zone: constructing an
 * Intl.DateTimeFormat is far dearer than formatting with one, and every story is dated.
 */
const FORMATS = {
  long: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  short: { year: 'numeric', month: 'short', day: 'numeric' },
  time: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatIn(local: DateTime, format: keyof typeof FORMATS): string {
  // Luxon formats fixed-offset zones ("UTC") its own way; only named zones take the shortcut.
  if (local.zone.type !== 'iana') return local.toLocaleString(FORMATS[format], { locale: 'en-US' });
  return formatterFor(format, local.zoneName ?? 'UTC').format(local.toMillis());
}

function formatterFor(format: keyof typeof FORMATS, timeZone: string): Intl.DateTimeFormat {
  const key = `${format} ${timeZone}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { ...FORMATS[format], timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The newsroom-local calendar day (YYYY-MM-DD) that a moment falls on. */
export function newsroomDay(epochMs: number, timeZone: string): string {
  return DateTime.fromMillis(epochMs, { zone: timeZone }).toISODate() ?? '';
}

export function isValidTimeZone(timeZone: string): boolean {
  return DateTime.now().setZone(timeZone).isValid;
}

/** A day key (YYYY-MM-DD) shown as "Friday, November 20, 2026". */
export function formatDay(day: string, timeZone: string): NewsroomDate {
  return toNewsroomDate(DateTime.fromISO(day, { zone: timeZone }), timeZone, false);
}

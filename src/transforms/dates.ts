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
  if (!DATE_ONLY.test(text) && !DATE_TIME.test(text)) {
    return { ok: false, reason: 'it is not an ISO date or date-time' };
  }
  const parsed = DateTime.fromISO(text.replace(' ', 'T'), { zone: timeZone, setZone: false });
  if (!parsed.isValid) {
    return { ok: false, reason: `it is not a real date (${parsed.invalidExplanation ?? parsed.invalidReason})` };
  }
  return { ok: true, value: toNewsroomDate(parsed, timeZone, !DATE_ONLY.test(text)) };
}

export function toNewsroomDate(moment: DateTime, timeZone: string, hasTime = true): NewsroomDate {
  const local = moment.setZone(timeZone);
  return {
    iso: local.toISO({ suppressMilliseconds: true }) ?? '',
    epochMs: local.toMillis(),
    day: local.toISODate() ?? '',
    hasTime,
    longDate: local.toLocaleString({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { locale: 'en-US' }),
    shortDate: local.toLocaleString(DateTime.DATE_MED, { locale: 'en-US' }),
    time: hasTime ? local.toLocaleString({ hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }, { locale: 'en-US' }) : '',
  };
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

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
  const instant = instantWithOffset(text);
  if (instant !== undefined && isIanaZone(timeZone)) return { ok: true, value: newsroomDateAt(instant, timeZone) };
  const parsed = parseIso(text, timeZone);
  if (!parsed.ok) return parsed;
  return { ok: true, value: toNewsroomDate(parsed.value, timeZone, !DATE_ONLY.test(text)) };
}

/** Whether a front-matter value is a date parseNewsroomDate accepts, without formatting it (validation runs on every story). */
export function isNewsroomDate(raw: string): boolean {
  const text = raw.trim();
  return instantWithOffset(text) !== undefined || parseIso(text, 'UTC').ok;
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

/** A date-time with its offset (or Z): the instant it names needs no zone rules to be known. */
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/;

/**
 * The instant of a date-time written with its offset, read without luxon: most stories are
 * dated so, and luxon's reading asks Intl for the zone's offset more than once. Undefined for
 * every other form, and for fields out of range, which luxon reads (or rejects) as before.
 */
function instantWithOffset(text: string): number | undefined {
  const match = WITH_OFFSET.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second = 0, , offsetHours = 0, offsetMinutes = 0] = match.slice(1).map((field) => (field === undefined ? undefined : Number(field)));
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) return undefined;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const offset = (match[7] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isIanaZone(timeZone: string): boolean {
  let iana = ianaZones.get(timeZone);
  if (iana === undefined) {
    iana = DateTime.fromMillis(0, { zone: timeZone }).zone.type === 'iana';
    ianaZones.set(timeZone, iana);
  }
  return iana;
}

const ianaZones = new Map<string, boolean>();

/** An instant (whole seconds) in a named zone, as toNewsroomDate makes it from luxon, from one Intl reading of the wall clock. */
function newsroomDateAt(epochMs: number, timeZone: string): NewsroomDate {
  return newsroomDateOf(wallClockAt(epochMs, timeZone), epochMs, timeZone, true);
}

/** The wall clock's fields at an instant in a named zone (two digits each, the year four). */
interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const clock: Record<string, string> = {};
  for (const part of formatterFor('clock', timeZone).formatToParts(epochMs)) clock[part.type] = part.value;
  const { year = '', month = '', day = '', hour = '', minute = '', second = '' } = clock;
  return { year, month, day, hour, minute, second };
}

/** The zone's offset from UTC when its clock read `clock` at `epochMs`, in whole minutes. */
function offsetMinutes(clock: WallClock, epochMs: number): number {
  const { year, month, day, hour, minute, second } = clock;
  return Math.round((Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) - epochMs) / 60_000);
}

/** A moment whose wall clock is `clock`; `sameDay`, a moment of the same day in the zone, gives its dates as they are written. */
function newsroomDateOf(clock: WallClock, epochMs: number, timeZone: string, hasTime: boolean, sameDay?: NewsroomDate): NewsroomDate {
  const { year, month, day, hour, minute, second } = clock;
  const offset = offsetMinutes(clock, epochMs);
  const sign = offset < 0 ? '-' : '+';
  const offsetText = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  return {
    iso: `${year}-${month}-${day}T${hour}:${minute}:${second}${offsetText}`,
    epochMs,
    day: `${year}-${month}-${day}`,
    hasTime,
    longDate: sameDay?.longDate ?? formatterFor('long', timeZone).format(epochMs),
    shortDate: sameDay?.shortDate ?? formatterFor('short', timeZone).format(epochMs),
    time: hasTime ? formatterFor('time', timeZone).format(epochMs) : '',
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
  /** The wall clock's fields, for newsroomDateAt. */
  clock: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
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

/**
 * A day key (YYYY-MM-DD) shown as "Friday, November 20, 2026". `sameDay`, a moment of that day
 * in the same zone (one of the day's stories), spares reading the day's dates and offset again.
 */
export function formatDay(day: string, timeZone: string, sameDay?: NewsroomDate): NewsroomDate {
  const start = DATE_ONLY.test(day) && isIanaZone(timeZone) ? midnightIn(day, timeZone, sameDay?.day === day ? sameDay : undefined) : undefined;
  return start ?? toNewsroomDate(DateTime.fromISO(day, { zone: timeZone }), timeZone, false);
}

/**
 * The start of `day` in a named zone, as luxon gives it, from Intl readings of the wall clock:
 * every daily issue is dated so, and luxon's reading of a bare date asks Intl for the zone's
 * offset several times (a sixth of a 100,000-story publish's model). Undefined where the day
 * does not begin at 00:00 (a zone that moves its clocks at midnight): luxon decides those.
 */
function midnightIn(day: string, timeZone: string, sameDay: NewsroomDate | undefined): NewsroomDate | undefined {
  const wall = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  // The offset of a moment that day, or at the wall time read as UTC, is the day's offset at
  // midnight unless the clocks change between the two: one more reading settles that.
  let offset = (sameDay === undefined ? undefined : isoOffsetMinutes(sameDay.iso)) ?? offsetMinutes(wallClockAt(wall, timeZone), wall);
  for (let reading = 0; reading < 2; reading += 1) {
    const epochMs = wall - offset * 60_000;
    const clock = wallClockAt(epochMs, timeZone);
    if (`${clock.year}-${clock.month}-${clock.day}` === day && clock.hour === '00' && clock.minute === '00' && clock.second === '00') {
      return newsroomDateOf(clock, epochMs, timeZone, false, sameDay);
    }
    offset = offsetMinutes(clock, epochMs);
  }
  return undefined;
}

/** The offset an ISO date-time is written with ("-04:00"), in minutes; undefined for "Z" or none. */
function isoOffsetMinutes(iso: string): number | undefined {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (match === null) return undefined;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

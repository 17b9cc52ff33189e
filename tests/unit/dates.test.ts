import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { formatDay, newsroomDay, parseNewsroomDate } from '../../src/transforms/dates.ts';

const NY = 'America/New_York';

function parsed(raw: string, zone = NY) {
  const result = parseNewsroomDate(raw, zone);
  assert.ok(result.ok, `expected ${raw} to parse`);
  return result.value;
}

test('a plain date is the newsroom day, not UTC midnight (no off-by-one)', () => {
  const date = parsed('2026-11-20');
  assert.equal(date.day, '2026-11-20');
  assert.equal(date.iso, '2026-11-20T00:00:00-05:00');
  assert.equal(date.hasTime, false);
  assert.equal(date.time, '');
  assert.equal(date.longDate, 'Friday, November 20, 2026');
});

test('a date-time without offset is newsroom local time', () => {
  const date = parsed('2026-11-22T09:40');
  assert.equal(date.iso, '2026-11-22T09:40:00-05:00');
  assert.equal(date.hasTime, true);
  assert.match(date.time, /^9:40\sAM EST$/);
});

test('a UTC instant in the New York evening belongs to the New York day', () => {
  const date = parsed('2026-11-25T00:30:00Z');
  assert.equal(date.day, '2026-11-24');
  assert.equal(date.iso, '2026-11-24T19:30:00-05:00');
});

test('an explicit offset keeps its instant and is shown in the newsroom zone', () => {
  const date = parsed('2026-11-24T11:00:00+01:00');
  assert.equal(date.iso, '2026-11-24T05:00:00-05:00');
  assert.equal(date.epochMs, Date.parse('2026-11-24T10:00:00Z'));
});

test('daylight saving time is taken from the zone, not a fixed offset', () => {
  assert.equal(parsed('2026-07-04').iso, '2026-07-04T00:00:00-04:00');
});

test('the newsroom zone is configurable', () => {
  const date = parsed('2026-11-25T00:30:00Z', 'Europe/London');
  assert.equal(date.day, '2026-11-25');
});

test('malformed and impossible dates are rejected with a reason', () => {
  for (const raw of ['20 Nov 2026', '2026-11-31', '2026-13-01', 'tomorrow', '2026-11-20T25:00']) {
    const result = parseNewsroomDate(raw, NY);
    assert.equal(result.ok, false, raw);
  }
});

test('newsroomDay and formatDay agree with parsing', () => {
  assert.equal(newsroomDay(Date.parse('2026-11-25T03:00:00Z'), NY), '2026-11-24');
  assert.equal(formatDay('2026-11-24', NY).shortDate, 'Nov 24, 2026');
});

test('a date-time with an offset reads as luxon reads it, in every kind of zone and across changes of offset', () => {
  // Read without luxon (the common case, made fast): each field must be what luxon gives.
  const zones = [NY, 'Europe/London', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Africa/Casablanca', 'Pacific/Kiritimati'];
  const offsets = ['Z', '+00:00', '-05:00', '+0530', '+05', '-09:30', '+13:45'];
  for (const zone of zones) {
    for (let step = 0; step < 400; step += 1) {
      // Every 7 hours 13 minutes from early 2024: days, nights and each zone's changes of offset.
      const instant = Date.UTC(2024, 0, 1) + step * (7 * 3_600_000 + 13 * 60_000);
      const offset = offsets[step % offsets.length]!;
      const local = DateTime.fromMillis(instant, { zone: offset === 'Z' ? 'UTC' : `UTC${offset.length === 3 ? offset : `${offset.slice(0, 3)}:${offset.slice(-2)}`}` });
      const raw = `${local.toFormat("yyyy-MM-dd'T'HH:mm:ss")}${offset}`;
      const expected = DateTime.fromISO(raw, { zone, setZone: false }).setZone(zone);
      const date = parsed(raw, zone);
      assert.equal(date.epochMs, expected.toMillis(), raw);
      assert.equal(date.iso, expected.toISO({ suppressMilliseconds: true }), `${raw} in ${zone}`);
      assert.equal(date.day, expected.toISODate(), `${raw} in ${zone}`);
      assert.equal(date.longDate, expected.toLocaleString({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { locale: 'en-US' }));
      assert.equal(date.shortDate, expected.toLocaleString({ year: 'numeric', month: 'short', day: 'numeric' }, { locale: 'en-US' }));
      assert.equal(date.time, expected.toLocaleString({ hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }, { locale: 'en-US' }));
      assert.equal(date.hasTime, true);
    }
  }
});

test('a date-time with an offset but impossible fields is still rejected', () => {
  for (const raw of ['2026-02-30T10:00:00Z', '2026-11-20T10:60:00Z', '2026-11-20T10:00:61+01:00']) {
    assert.equal(parseNewsroomDate(raw, NY).ok, false, raw);
  }
});

test('an issue day starts when luxon says it does, in every kind of zone and on days the clocks change', () => {
  // Read without luxon (every issue is dated so): each field must be what luxon gives.
  const zones = [NY, 'Europe/London', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Africa/Casablanca', 'Pacific/Kiritimati', 'America/Santiago', 'UTC'];
  for (const zone of zones) {
    for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2027, 0, 1); at += 86_400_000) {
      const day = new Date(at).toISOString().slice(0, 10);
      const expected = DateTime.fromISO(day, { zone }).setZone(zone);
      const date = formatDay(day, zone);
      assert.deepEqual(
        [date.iso, date.epochMs, date.day, date.hasTime, date.time],
        [expected.toISO({ suppressMilliseconds: true }), expected.toMillis(), day, false, ''],
        `${day} in ${zone}`,
      );
      assert.equal(date.longDate, expected.toLocaleString({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { locale: 'en-US' }));
      assert.equal(date.shortDate, expected.toLocaleString({ year: 'numeric', month: 'short', day: 'numeric' }, { locale: 'en-US' }));
      // A story of the day, at an offset the day may not have begun with, changes nothing; one of another day is not used.
      for (const time of ['T00:30', 'T12:00', 'T23:30']) assert.deepEqual(formatDay(day, zone, parsed(`${day}${time}`, zone)), date, `${day}${time} in ${zone}`);
      assert.deepEqual(formatDay(day, zone, parsed('2024-02-29T12:00', zone)), date);
    }
  }
});

test('a day whose midnight comes twice starts at the first', () => {
  // The Azores turn their clocks back from 01:00 to 00:00: the day's first hour is its start, not
  // the repeat an hour later (where luxon's reading lands).
  const date = formatDay('2026-10-25', 'Atlantic/Azores');
  assert.equal(date.iso, '2026-10-25T00:00:00+00:00');
  assert.equal(date.epochMs, Date.UTC(2026, 9, 25));
});

test('a day with no midnight starts at its first hour', () => {
  // Chile moves its clocks from 00:00 to 01:00 on the first Sunday of September.
  assert.equal(formatDay('2026-09-06', 'America/Santiago').iso, '2026-09-06T01:00:00-03:00');
});

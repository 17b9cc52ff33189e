import { test } from 'node:test';
import assert from 'node:assert/strict';
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

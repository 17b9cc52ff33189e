import { DateTime } from 'luxon';
import type { NewsroomDate } from '../transforms/dates.ts';

/** RFC 822 (as RFC 2822 writes it) in the newsroom's offset: "Tue, 24 Nov 2026 16:30:00 -0500". */
export function rfc822(date: NewsroomDate): string {
  return DateTime.fromISO(date.iso, { setZone: true }).toRFC2822() ?? '';
}

/** RFC 3339 in the newsroom's offset: "2026-11-24T16:30:00-05:00". */
export function rfc3339(date: NewsroomDate): string {
  return DateTime.fromISO(date.iso, { setZone: true }).toISO({ suppressMilliseconds: true }) ?? '';
}

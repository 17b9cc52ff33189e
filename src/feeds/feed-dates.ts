import { DateTime } from 'luxon';
import type { NewsroomDate } from '../transforms/dates.ts';

// A story's dates appear in the site feed and in each of its section and tag feeds, so each
// is formatted once and remembered rather than parsed with luxon again for every feed.
const rfc822Texts = new WeakMap<NewsroomDate, string>();

/** RFC 822 (as RFC 2822 writes it) in the newsroom's offset: "Tue, 24 Nov 2026 16:30:00 -0500". */
export function rfc822(date: NewsroomDate): string {
  let text = rfc822Texts.get(date);
  if (text === undefined) {
    text = DateTime.fromISO(date.iso, { setZone: true }).toRFC2822() ?? '';
    rfc822Texts.set(date, text);
  }
  return text;
}

/**
 * RFC 3339 in the newsroom's offset: "2026-11-24T16:30:00-05:00". A NewsroomDate's iso is
 * already exactly that (written with the offset, milliseconds only when there are any).
 */
export function rfc3339(date: NewsroomDate): string {
  return date.iso;
}

import { DateTime } from 'luxon';
import type { SiteConfig } from '../content/site-config.ts';
import type { DailyIssue } from '../transforms/issues.ts';
import { toNewsroomDate, type NewsroomDate } from '../transforms/dates.ts';

export interface ClosedIssue {
  issue: DailyIssue;
  /** When the issue closed: the item's date in the issues feed. */
  closedAt: NewsroomDate;
}

type CloseSettings = Pick<SiteConfig, 'timeZone'> & Partial<Pick<SiteConfig, 'issueCloses'>>;

/**
 * The newest `limit` issues that are closed at `now`, newest first, each with the moment it
 * closed. RSS-to-email services send each new item once and never again, so an issue enters
 * the issues feed only when no more stories will join it (issue 14): at site.yml's
 * `issueCloses` time on its own day, or when the first story of a later day is published,
 * whichever comes first. The open issue stays on the front page and its own page. The feed
 * shows a few dozen: a large archive's thousands of older issues are not looked at.
 */
export function closedIssues(issues: readonly DailyIssue[], now: number, settings: CloseSettings, limit = Number.POSITIVE_INFINITY): ClosedIssue[] {
  const closed: ClosedIssue[] = [];
  for (let index = 0; index < issues.length && closed.length < limit; index += 1) {
    const issue = issues[index]!;
    const closedAt = closingMoment(issue, issues[index - 1], now, settings);
    if (closedAt) closed.push({ issue, closedAt });
  }
  return closed;
}

/** The earliest of the close time and the next issue's first story that is not after `now`; undefined while the issue is open. */
function closingMoment(issue: DailyIssue, nextIssue: DailyIssue | undefined, now: number, settings: CloseSettings): NewsroomDate | undefined {
  const candidates: NewsroomDate[] = [];
  const closeTime = settings.issueCloses ? issueCloseTime(issue.day, settings.issueCloses, settings.timeZone) : undefined;
  if (closeTime && closeTime.epochMs <= now) candidates.push(closeTime);
  const nextStory = nextIssue && firstStoryOf(nextIssue);
  if (nextStory && nextStory.epochMs <= now) candidates.push(nextStory);
  return candidates.reduce<NewsroomDate | undefined>((first, date) => (first === undefined || date.epochMs < first.epochMs ? date : first), undefined);
}

/** "18:00" on an issue's day, in the newsroom's zone. */
export function issueCloseTime(day: string, closes: string, timeZone: string): NewsroomDate {
  return toNewsroomDate(DateTime.fromISO(`${day}T${closes}`, { zone: timeZone }), timeZone);
}

function firstStoryOf(issue: DailyIssue): NewsroomDate {
  return issue.stories.reduce((first, story) => (story.published.epochMs < first.epochMs ? story.published : first), issue.lead.published);
}

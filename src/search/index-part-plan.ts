import type { Story } from '../content/story.ts';

/** One part of the search index: a run of whole months (or part of one), oldest first, and its stories. */
export interface IndexPartPlan {
  /** "2023-01", "2023-01_2023-04", or "2023-05.2" when one month alone is split: names its folder. */
  id: string;
  stories: Story[];
}

/**
 * Cuts the archive into search-index parts of at most `storiesPerIndex` stories. The newest
 * week (from its Monday, within the newest month) is a part of its own, the rest of the
 * newest month another; the months before are packed, oldest first. Boundaries depend only on
 * how many stories each month has, so a day's new stories and corrections to this week's
 * stories re-index a week of stories, an edit to an older story only its own part, and every
 * other part is kept as published. When a week ends it joins its month's part, and when a
 * month ends it joins the packed months, each re-indexed once.
 */
export function planIndexParts(stories: readonly Story[], storiesPerIndex: number): IndexPartPlan[] {
  const months = [...groupByMonth(stories)];
  const newest = months.pop();
  const plans = packMonths(months, storiesPerIndex);
  if (newest === undefined) return plans;
  const [month, monthStories] = newest;
  const weekStart = mondayOf(monthStories[monthStories.length - 1]!.published.day);
  const earlier = monthStories.filter((story) => story.published.day < weekStart);
  const thisWeek = monthStories.filter((story) => story.published.day >= weekStart);
  if (earlier.length > 0) plans.push(...packMonths([[month, earlier]], storiesPerIndex));
  plans.push(...packMonths([[`week-of-${weekStart}`, thisWeek]], storiesPerIndex));
  return plans;
}

/** The Monday of a day's ISO week, as YYYY-MM-DD. */
function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** Packs whole months, in order, into parts of at most `storiesPerIndex`; a larger month is split into numbered parts. */
function packMonths(months: ReadonlyArray<[string, Story[]]>, storiesPerIndex: number): IndexPartPlan[] {
  const plans: IndexPartPlan[] = [];
  let open: { months: string[]; stories: Story[] } | undefined;
  const close = (): void => {
    if (open === undefined) return;
    const first = open.months[0] ?? '';
    const last = open.months[open.months.length - 1] ?? first;
    plans.push({ id: first === last ? first : `${first}_${last}`, stories: open.stories });
    open = undefined;
  };
  for (const [month, monthStories] of months) {
    if (monthStories.length > storiesPerIndex) {
      close();
      for (let part = 0; part * storiesPerIndex < monthStories.length; part += 1) {
        plans.push({ id: `${month}.${part + 1}`, stories: monthStories.slice(part * storiesPerIndex, (part + 1) * storiesPerIndex) });
      }
      continue;
    }
    if (open !== undefined && open.stories.length + monthStories.length > storiesPerIndex) close();
    open ??= { months: [], stories: [] };
    open.months.push(month);
    open.stories.push(...monthStories);
  }
  close();
  return plans;
}

/** Months ascending; within a month, oldest story first (ties by id), so parts are stable. */
function groupByMonth(stories: readonly Story[]): Map<string, Story[]> {
  const sorted = [...stories].sort((a, b) => a.published.epochMs - b.published.epochMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const months = new Map<string, Story[]>();
  // Stories come a month at a time: the month's list is looked up only when the month changes.
  let month = '';
  let list: Story[] = [];
  for (const story of sorted) {
    if (!story.published.day.startsWith(month) || month === '') {
      month = story.published.day.slice(0, 7);
      list = months.get(month) ?? [];
      months.set(month, list);
    }
    list.push(story);
  }
  return months;
}

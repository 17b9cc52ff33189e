import type { Story, Taxon } from '../content/story.ts';
import { formatDay, type NewsroomDate } from './dates.ts';
import { routes } from '../routes/routes.ts';

export interface IssueSection {
  section: Taxon;
  stories: Story[];
}

export interface IssueLink {
  url: string;
  date: NewsroomDate;
  number: number;
}

/** One daily issue: every story of one newsroom-local day. */
export interface DailyIssue {
  /** YYYY-MM-DD */
  day: string;
  /** 1 for the first day the digest published, counting only days with stories. */
  number: number;
  url: string;
  date: NewsroomDate;
  lead: Story;
  /** The other stories, grouped by section in the site's section order. */
  sections: IssueSection[];
  /** Every story of the day in reading order: the lead, then section by section. */
  stories: Story[];
  previous: IssueLink | undefined;
  next: IssueLink | undefined;
}

export interface IssueOptions {
  timeZone: string;
  /** Section names in the order the newsletter shows them; others follow alphabetically. */
  sectionOrder: readonly string[];
}

/** Groups stories into daily issues, newest issue first. Linear in the number of stories. */
export function groupIntoIssues(stories: readonly Story[], options: IssueOptions): DailyIssue[] {
  const byDay = new Map<string, Story[]>();
  for (const story of stories) {
    const day = byDay.get(story.published.day);
    if (day) day.push(story);
    else byDay.set(story.published.day, [story]);
  }
  const days = [...byDay.keys()].sort();
  const rank = sectionRank(options.sectionOrder);

  const issues = days.map((day, index): DailyIssue => {
    const dayStories = [...(byDay.get(day) ?? [])].sort(newestFirst);
    const lead = dayStories.find((story) => story.lead) ?? pickFallbackLead(dayStories, rank);
    const sections = groupBySection(
      dayStories.filter((story) => story !== lead),
      rank,
    );
    return {
      day,
      number: index + 1,
      url: routes.issue(day),
      date: formatDay(day, options.timeZone, lead.published),
      lead,
      sections,
      stories: [lead, ...sections.flatMap((group) => group.stories)],
      previous: undefined,
      next: undefined,
    };
  });

  issues.forEach((issue, index) => {
    const previous = issues[index - 1];
    const next = issues[index + 1];
    issue.previous = previous && issueLink(previous);
    issue.next = next && issueLink(next);
  });
  return issues.reverse();
}

/** What a page links an issue by: its address, date and number. */
export function issueLink(issue: DailyIssue): IssueLink {
  return { url: issue.url, date: issue.date, number: issue.number };
}

function newestFirst(a: Story, b: Story): number {
  return b.published.epochMs - a.published.epochMs || a.title.localeCompare(b.title);
}

/** Without an editor's pick, the day leads with the newest story of its first section. */
function pickFallbackLead(dayStories: Story[], rank: (name: string) => number): Story {
  const [first, ...rest] = dayStories;
  if (first === undefined) throw new Error('an issue cannot be empty');
  return rest.reduce((best, story) => (rank(story.section.name) < rank(best.section.name) ? story : best), first);
}

function groupBySection(stories: Story[], rank: (name: string) => number): IssueSection[] {
  const groups = new Map<string, IssueSection>();
  for (const story of stories) {
    const group = groups.get(story.section.slug);
    if (group) group.stories.push(story);
    else groups.set(story.section.slug, { section: story.section, stories: [story] });
  }
  return [...groups.values()].sort(
    (a, b) => rank(a.section.name) - rank(b.section.name) || a.section.name.localeCompare(b.section.name),
  );
}

export function sectionRank(order: readonly string[]): (name: string) => number {
  const positions = new Map(order.map((name, index) => [name.toLowerCase(), index]));
  return (name) => positions.get(name.toLowerCase()) ?? order.length;
}

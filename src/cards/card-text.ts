import type { SiteConfig } from '../content/site-config.ts';
import type { Story, Taxon } from '../content/story.ts';
import type { DailyIssue } from '../transforms/issues.ts';

/** Everything a social card prints; two cards with the same text are the same picture. */
export interface CardText {
  /** Above the headline, in the accent colour: the section, or "Issue 12". */
  kicker: string;
  headline: string;
  /** Bottom right: the date, or what the page is. */
  dateline: string;
  /** Bottom left: the publication's name. */
  masthead: string;
}

type Site = Pick<SiteConfig, 'title' | 'tagline'>;

/** A story's card: its section, headline and day. */
export function storyCardText(story: Pick<Story, 'title' | 'section' | 'published'>, site: Site): CardText {
  return { kicker: story.section.name, headline: story.title, dateline: story.published.longDate, masthead: site.title };
}

/** An issue's card: its number, its lead story and its day. */
export function issueCardText(issue: Pick<DailyIssue, 'number' | 'lead' | 'date'>, site: Site): CardText {
  return { kicker: `Issue ${issue.number}`, headline: issue.lead.title, dateline: issue.date.longDate, masthead: site.title };
}

/**
 * A section's card, and the card of its stories too old to have their own (see card-plan.ts):
 * it names no story and no day, so it is drawn once and stays valid as the section grows.
 */
export function sectionCardText(section: Taxon, site: Site): CardText {
  return { kicker: section.name, headline: `The latest ${section.name} stories from ${site.title}`, dateline: 'Section', masthead: site.title };
}

/** The front page's card: the publication and its tagline, with no date, so it changes only with site.yml. */
export function frontPageCardText(site: Site): CardText {
  return { kicker: 'Daily issues', headline: site.tagline || site.title, dateline: '', masthead: site.title };
}

import type { Story, Taxon } from '../content/story.ts';
import type { DailyIssue } from '../transforms/issues.ts';
import { cardPlanOf, FRONT_PAGE_CARD, issueCardUrl, sectionCardUrl, storyCardUrl } from './card-plan.ts';

/** What a page's <head> knows when it asks for its card (layouts/_includes/partials/head-meta.njk). */
export interface CardPageFacts {
  url: string;
  story?: Story | undefined;
  issue?: DailyIssue | undefined;
  /** The section a section listing page shows. */
  section?: Taxon | undefined;
}

type Model = Parameters<typeof cardPlanOf>[0];

/**
 * The site path of the card a page shares with: a story's own or its section's (undefined when
 * the story's raster image stands in), an issue's, a section's, else the front page's.
 */
export function pageCardUrl(page: CardPageFacts, model: Model): string | undefined {
  if (page.story) return storyCardUrl(page.story, cardPlanOf(model));
  if (page.issue && page.issue.url === page.url) return issueCardUrl(page.issue, cardPlanOf(model));
  if (page.section) return sectionCardUrl(page.section);
  return FRONT_PAGE_CARD;
}

import type { Story, Taxon } from '../content/story.ts';
import type { DailyIssue } from '../transforms/issues.ts';
import { routes } from '../routes/routes.ts';

/**
 * This many of the newest issues, and their stories, get a card of their own; older stories
 * without a raster picture share their section's card, older issues the front page's. Drawing
 * a card costs far more than rendering its page, so drawing one for every story and issue
 * would stretch a cold build of a large archive well past what issue 14 allows (15%): links
 * are shared while a story is new.
 */
export const DEFAULT_CARD_ISSUES = 3;

/** The big social sites show raster images in a link preview, never SVG. */
const SVG_IMAGE = /\.svgz?(?:[?#].*)?$/i;

/** Which card each page shows: from the issues alone, so a cold and an incremental build agree. */
export interface CardPlan {
  /** Stories of this day or later get their own card; undefined: the site has no stories. */
  firstDayWithOwnCards: string | undefined;
}

/** The plan of a site's cards, from its issues (newest first) and site.yml's socialCards.recentIssues. */
export function cardPlanOf(model: { issues: readonly Pick<DailyIssue, 'day'>[]; site: { socialCards: { recentIssues: number } } }): CardPlan {
  return planCards(model.issues, model.site.socialCards.recentIssues);
}

export function planCards(issues: readonly Pick<DailyIssue, 'day'>[], cardIssues: number): CardPlan {
  const oldest = issues[Math.min(cardIssues, issues.length) - 1];
  return { firstDayWithOwnCards: cardIssues > 0 ? oldest?.day : undefined };
}

/** Whether a story's own image can stand as its card: one the social sites show, that is, not SVG. */
export function hasRasterImage(story: Pick<Story, 'image'>): boolean {
  return story.image !== undefined && !SVG_IMAGE.test(story.image.src);
}

/** Whether the build draws a card for this story (else it shows its own picture or its section's card). */
export function hasOwnCard(story: Pick<Story, 'image' | 'published'>, plan: CardPlan): boolean {
  return !hasRasterImage(story) && plan.firstDayWithOwnCards !== undefined && story.published.day >= plan.firstDayWithOwnCards;
}

/** Which card a story's page shows: its own picture, a card drawn for it, or its section's. */
export type StoryCardKind = 'picture' | 'own' | 'section';

export function storyCardKind(story: Pick<Story, 'image' | 'published'>, plan: CardPlan): StoryCardKind {
  if (hasRasterImage(story)) return 'picture';
  return hasOwnCard(story, plan) ? 'own' : 'section';
}

/** The site path of the card a story shares with, or undefined when its own raster image does. */
export function storyCardUrl(story: Pick<Story, 'image' | 'published' | 'url' | 'section'>, plan: CardPlan): string | undefined {
  const kind = storyCardKind(story, plan);
  if (kind === 'picture') return undefined;
  return kind === 'own' ? routes.socialCard(story.url) : sectionCardUrl(story.section);
}

/** Whether the build draws a card for this issue (else it shares the front page's). */
export function hasOwnIssueCard(issue: Pick<DailyIssue, 'day'>, plan: CardPlan): boolean {
  return plan.firstDayWithOwnCards !== undefined && issue.day >= plan.firstDayWithOwnCards;
}

export function issueCardUrl(issue: Pick<DailyIssue, 'url' | 'day'>, plan: CardPlan): string {
  return hasOwnIssueCard(issue, plan) ? routes.socialCard(issue.url) : FRONT_PAGE_CARD;
}

export function sectionCardUrl(section: Pick<Taxon, 'url'>): string {
  return routes.socialCard(section.url);
}

/** The card of the front page, and of every page that has none of its own (archive, tags, search). */
export const FRONT_PAGE_CARD = '/card.png';

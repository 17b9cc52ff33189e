import type { SiteModel } from '../site/model.ts';
import { routes } from '../routes/routes.ts';
import { FRONT_PAGE_CARD, hasOwnCard, hasOwnIssueCard, sectionCardUrl, type CardPlan } from './card-plan.ts';
import { frontPageCardText, issueCardText, sectionCardText, storyCardText, type CardText } from './card-text.ts';

export interface PlannedCard {
  /** Site path of the PNG. */
  url: string;
  text: CardText;
}

type Model = Pick<SiteModel, 'pages'> & { site: Pick<SiteModel['site'], 'title' | 'tagline'> };

/**
 * The cards of the pages this build renders (`model.pages`), and the front page's: on an
 * incremental build, only those of changed pages, as the other cards are already published
 * beside their pages (page-plan.ts lists each card among its page's files).
 */
export function cardsToDraw(model: Model, plan: CardPlan): PlannedCard[] {
  const { site, pages } = model;
  return [
    { url: FRONT_PAGE_CARD, text: frontPageCardText(site) },
    ...pages.stories.filter((story) => hasOwnCard(story, plan)).map((story) => ({ url: routes.socialCard(story.url), text: storyCardText(story, site) })),
    ...pages.issues.filter((issue) => hasOwnIssueCard(issue, plan)).map((issue) => ({ url: routes.socialCard(issue.url), text: issueCardText(issue, site) })),
    ...pages.sections.map((listing) => ({ url: sectionCardUrl(listing.taxon), text: sectionCardText(listing.taxon, site) })),
  ];
}


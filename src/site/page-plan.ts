import { hash } from 'node:crypto';
import type { Story, Taxon } from '../content/story.ts';
import type { DailyIssue, IssueLink } from '../transforms/issues.ts';
import type { NewsroomDate } from '../transforms/dates.ts';
import type { Listing } from '../transforms/taxonomies.ts';
import type { ListingPage } from '../transforms/listing-pages.ts';
import { outputFileOf, routes } from '../routes/routes.ts';
import type { SiteModel } from './model.ts';
import { ARCHIVE_LISTS, type ArchiveList, type RenderSet } from './render-set.ts';
import { cardPlanOf, hasOwnCard, hasOwnIssueCard, issueCardUrl, storyCardKind, type CardPlan } from '../cards/card-plan.ts';

/**
 * The pages of the archive, each with the files it writes and a fingerprint of everything it
 * shows. A page whose fingerprint is the one it had in the previous build would be rendered to
 * the same bytes, so an incremental build leaves its files where they are. What every page
 * shows (site settings, the section list in the footer, the layouts and code) is not in the
 * fingerprints: a change there renders everything (see buildScope).
 */
export interface PlannedPage {
  fingerprint: string;
  /** Relative to the output folder; the first is the page itself. */
  files: string[];
}

type RouteItem<R extends ArchiveList> = RenderSet[R][number];

/**
 * What every page's rule reads from the model, worked out once per plan rather than once per
 * page: a large archive's plan asks it a hundred thousand times.
 */
interface PlanContext {
  model: SiteModel;
  cards: CardPlan;
  /** Whether any story has a preview label (drafts in the dev server); a production build has none to look up. */
  labelled: boolean;
  /** Each issue's part of its stories' fingerprints, by the link its stories share (model.issueOfStory). */
  issueTokens: Map<IssueLink, string>;
}

interface ArchivePageRule<R extends ArchiveList> {
  files(item: RouteItem<R>, context: PlanContext): string[];
  fingerprint(item: RouteItem<R>, context: PlanContext): string;
}

/** One rule per archive route: `satisfies` makes the type checker ask for a rule when RenderSet gains a route. */
const ARCHIVE_PAGES = {
  stories: {
    // A story's social card is its own while it is recent (src/cards/card-plan.ts); the card it shares with is in its <head>.
    files: (story: Story, { cards }: PlanContext) =>
      hasOwnCard(story, cards) ? [outputFileOf(story.url), outputFileOf(routes.socialCard(story.url))] : [outputFileOf(story.url)],
    // One per story of the archive, so not hashed: the story's own fingerprint stands for every
    // field of it, its issue's for the "In the issue of" link, and which card it shows is all
    // its card's URL adds to its fields (storyCardKind).
    fingerprint: (story: Story, { model, cards, labelled, issueTokens }: PlanContext) => {
      const issue = model.issueOfStory[story.id];
      const issueToken = issue === undefined ? '-' : issueTokenOf(issue, issueTokens);
      // The kind's first letter: its own picture, a card of its own, or its section's.
      const card = storyCardKind(story, cards)[0];
      const label = labelled ? (model.previewLabels[story.id] ?? '') : '';
      return `${story.fingerprint}.${issueToken}.${card}${label}`;
    },
  },
  issues: {
    files: (issue: DailyIssue, { cards }: PlanContext) =>
      [issue.url, routes.emailEdition(issue.url), routes.emailEditionText(issue.url), ...(hasOwnIssueCard(issue, cards) ? [routes.socialCard(issue.url)] : [])].map(outputFileOf),
    // An issue leaving the newest few shares the front page's card from then on (src/cards/card-plan.ts).
    fingerprint: (issue: DailyIssue, context: PlanContext) => hashOfFields([...issueFields(issue), ...labelsOf(issue.stories, context), issueCardUrl(issue, context.cards)]),
  },
  tagListings: {
    files: (page: ListingPage) => [outputFileOf(page.url)],
    fingerprint: listingPageFingerprint,
  },
  sectionListings: {
    files: (page: ListingPage) => [outputFileOf(page.url)],
    fingerprint: listingPageFingerprint,
  },
  tags: {
    files: (listing: Listing) => [outputFileOf(routes.taxonFeed(listing.taxon.url))],
    fingerprint: (listing: Listing, { model }: PlanContext) => digest([listing.taxon, listing.stories.slice(0, model.site.feedItems)]),
  },
  sections: {
    // The section's social card, which its listing pages and its older stories share.
    files: (listing: Listing) => [outputFileOf(routes.taxonFeed(listing.taxon.url)), outputFileOf(routes.socialCard(listing.taxon.url))],
    fingerprint: (listing: Listing, { model }: PlanContext) => digest([listing.taxon, listing.stories.slice(0, model.site.feedItems)]),
  },
} satisfies { [R in ArchiveList]: ArchivePageRule<R> };

/**
 * Every archive page of the model, by the file it is served from; `planned` holds, per route,
 * the page of each of the model's items in order, so that pagesToRender neither works out their
 * files again nor looks each one up.
 */
export class ArchivePlan extends Map<string, PlannedPage> {
  readonly planned = {} as Record<ArchiveList, PlannedPage[]>;
}

export function planArchivePages(model: SiteModel): ArchivePlan {
  const plan = new ArchivePlan();
  const context: PlanContext = { model, cards: cardPlanOf(model), labelled: hasAnyKey(model.previewLabels), issueTokens: new Map() };
  for (const route of ARCHIVE_LISTS) {
    const rule = ARCHIVE_PAGES[route] as ArchivePageRule<typeof route>;
    const planned: PlannedPage[] = [];
    for (const item of model[route] as Array<RouteItem<typeof route>>) {
      const files = rule.files(item, context);
      const page = { fingerprint: rule.fingerprint(item, context), files };
      planned.push(page);
      plan.set(files[0]!, page);
    }
    plan.planned[route] = planned;
  }
  return plan;
}

/**
 * The pages of the model that must be rendered because the previous build, whose pages are
 * `published`, has no page of that file with the same fingerprint. The site feeds and every
 * other single page (front page, archive, topics, sitemaps) always render: they are few, and
 * the publish step keeps a file whose bytes did not change.
 */
export function pagesToRender(model: SiteModel, plan: ArchivePlan, published: ReadonlyMap<string, PlannedPage>): RenderSet {
  const changed = <R extends ArchiveList>(route: R): Array<RouteItem<R>> => {
    const planned = plan.planned[route];
    return (model[route] as Array<RouteItem<R>>).filter((_item, index) => {
      const page = planned[index]!;
      return published.get(page.files[0]!)?.fingerprint !== page.fingerprint;
    });
  };
  return {
    stories: changed('stories'),
    issues: changed('issues'),
    tagListings: changed('tagListings'),
    sectionListings: changed('sectionListings'),
    tags: changed('tags'),
    sections: changed('sections'),
    siteFeeds: true,
    singlePages: true,
  };
}

/** Stories count as their fingerprint: a page's digest changes when any story it shows does. */
function digest(value: unknown): string {
  return hashOf(JSON.stringify(value, (_key, field: unknown) => (isStory(field) ? `story:${field.fingerprint}` : field)));
}

/*
 * The two most numerous pages after stories, issues and listing pages, are fingerprinted from
 * their fields as strings rather than through digest's JSON of the whole object, whose replacer
 * looked at every value of every story list (planning 30,000 stories took a seventh longer). Each lists its
 * type's fields in a Record of all its keys, so a field added to the type fails to compile here
 * until it is fingerprinted too.
 */

function issueFields(issue: DailyIssue): string[] {
  const fields: Record<keyof DailyIssue, string> = {
    day: issue.day,
    number: String(issue.number),
    url: issue.url,
    date: dateLine(issue.date),
    lead: issue.lead.fingerprint,
    sections: issue.sections.map((group) => `${taxonLine(group.section)} ${storiesLine(group.stories)}`).join('\n'),
    stories: storiesLine(issue.stories),
    previous: linkLine(issue.previous),
    next: linkLine(issue.next),
  };
  return Object.values(fields);
}

function listingPageFields(page: ListingPage): string[] {
  const fields: Record<keyof ListingPage, string> = {
    taxon: taxonLine(page.taxon),
    number: String(page.number),
    url: page.url,
    previousUrl: page.previousUrl ?? '',
    nextUrl: page.nextUrl ?? '',
    position: page.position,
    heading: page.heading,
    stories: storiesLine(page.stories),
    totalStories: String(page.totalStories),
  };
  return Object.values(fields);
}

function storiesLine(stories: readonly Story[]): string {
  let line = '';
  for (const story of stories) line += `${story.fingerprint} `;
  return line;
}

function taxonLine(taxon: Taxon): string {
  const fields: Record<keyof Taxon, string> = { name: taxon.name, slug: taxon.slug, url: taxon.url };
  return JSON.stringify(Object.values(fields));
}

function dateLine(date: NewsroomDate): string {
  const fields: Record<keyof NewsroomDate, string> = {
    iso: date.iso,
    epochMs: String(date.epochMs),
    day: date.day,
    hasTime: String(date.hasTime),
    longDate: date.longDate,
    shortDate: date.shortDate,
    time: date.time,
  };
  return JSON.stringify(Object.values(fields));
}

function linkLine(link: IssueLink | undefined): string {
  if (link === undefined) return '';
  const fields: Record<keyof IssueLink, string> = { url: link.url, date: dateLine(link.date), number: String(link.number) };
  return JSON.stringify(Object.values(fields));
}

/**
 * An issue's part of its stories' fingerprints: eight characters (48 bits) of the hash of its
 * link, made once per issue (a large archive's state holds one per story).
 */
function issueTokenOf(issue: IssueLink, tokens: Map<IssueLink, string>): string {
  let token = tokens.get(issue);
  if (token === undefined) tokens.set(issue, (token = hashOf(linkLine(issue)).slice(0, 8)));
  return token;
}

/**
 * The hash of a list of fields, each written after its length: as unambiguous as their JSON,
 * without scanning each field for characters to escape (the lines of stories' fingerprints of
 * 11,000 listing pages and 4,000 issues, at 100,000 stories).
 */
function hashOfFields(fields: ReadonlyArray<string | null>): string {
  let text = '';
  for (const field of fields) text += field === null ? '-;' : `${field.length}:${field};`;
  return hashOf(text);
}

/** One-shot: a Hash object per page was a third of planning a large archive. */
function hashOf(text: string): string {
  return hash('sha256', text, 'base64url').slice(0, 22);
}

function isStory(value: unknown): value is Story {
  return typeof value === 'object' && value !== null && 'fingerprint' in value && 'pageHtml' in value;
}

/**
 * In a preview, the Draft/Scheduled labels a listing shows beside its stories; none for a page
 * without a labelled story, so that a label changes only the pages that show it.
 */
function labelsOf(stories: readonly Story[], { model, labelled }: PlanContext): Array<string | null> {
  if (!labelled || !stories.some((story) => model.previewLabels[story.id] !== undefined)) return [];
  return stories.map((story) => model.previewLabels[story.id] ?? null);
}

function hasAnyKey(record: Readonly<Record<string, unknown>>): boolean {
  for (const _key in record) return true;
  return false;
}

/** The fingerprint of a listing page, the archive's most numerous page after stories. */
function listingPageFingerprint(page: ListingPage, context: PlanContext): string {
  return hashOfFields([...listingPageFields(page), ...labelsOf(page.stories, context)]);
}

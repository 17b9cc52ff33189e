import type { Story } from '../content/story.ts';
import type { DailyIssue } from '../transforms/issues.ts';
import type { Listing } from '../transforms/taxonomies.ts';
import type { ListingPage } from '../transforms/listing-pages.ts';
import type { SiteConfig } from '../content/site-config.ts';

/**
 * The paginated pages one build renders (story, issue, tag and section pages and feeds): all
 * of them, except in the dev server after a story edit.
 */
export interface RenderSet {
  stories: Story[];
  issues: DailyIssue[];
  /** Whole listings, for the tag and section feeds. */
  tags: Listing[];
  sections: Listing[];
  /** The pages of the tag and section listings. */
  tagListings: ListingPage[];
  sectionListings: ListingPage[];
  /**
   * Whether the site-wide feeds (newest stories, newest issues) can differ from the last
   * build's: false only after a dev-server edit of stories none of them lists.
   */
  siteFeeds: boolean;
  /**
   * Whether this render writes the site's single pages (front page, archive, topics, search,
   * 404, corrections, site feeds, sitemaps, robots.txt): a build rendered in slices writes them
   * in its first slice only.
   */
  singlePages: boolean;
}

type ArchivePages = Pick<RenderSet, 'stories' | 'issues' | 'tags' | 'sections' | 'tagListings' | 'sectionListings'>;
type ArchiveModel = ArchivePages & { site: Pick<SiteConfig, 'feedItems'> };

export function everyPage(model: ArchivePages): RenderSet {
  const { stories, issues, tags, sections, tagListings, sectionListings } = model;
  return { stories, issues, tags, sections, tagListings, sectionListings, siteFeeds: true, singlePages: true };
}

/** Nothing to render again: the dev server keeps the pages it already wrote. */
export const NO_PAGES: RenderSet = Object.freeze({ stories: [], issues: [], tags: [], sections: [], tagListings: [], sectionListings: [], siteFeeds: false, singlePages: true });

/** The archive's paginated routes, one page per item: the lists of a RenderSet. */
export const ARCHIVE_LISTS = ['stories', 'issues', 'tags', 'sections', 'tagListings', 'sectionListings'] as const;
export type ArchiveList = (typeof ARCHIVE_LISTS)[number];

/**
 * Cuts a render set into renders of at most `pagesPerSlice` archive pages each, in order, the
 * single pages in the first. Eleventy holds every page of a render in memory until it has
 * written them all, so rendering a large archive in slices bounds the build's memory by the
 * slice, not the archive (issue 11).
 */
export function sliceRenderSet(pages: RenderSet, pagesPerSlice: number): RenderSet[] {
  if (!Number.isInteger(pagesPerSlice) || pagesPerSlice < 1) throw new RangeError(`pages per slice must be a positive integer, got ${pagesPerSlice}`);
  const slices: RenderSet[] = [];
  let open: RenderSet | undefined;
  let room = 0;
  const next = (): RenderSet => {
    open = { stories: [], issues: [], tags: [], sections: [], tagListings: [], sectionListings: [], siteFeeds: pages.siteFeeds, singlePages: slices.length === 0 && pages.singlePages };
    slices.push(open);
    room = pagesPerSlice;
    return open;
  };
  next();
  for (const list of ARCHIVE_LISTS) {
    const items = pages[list] as unknown[];
    for (let start = 0; start < items.length; ) {
      if (room === 0) next();
      const take = items.slice(start, start + room);
      (open![list] as unknown[]).push(...take);
      start += take.length;
      room -= take.length;
    }
  }
  return slices;
}

/**
 * After an edit of story files only, the pages whose content can have changed: the edited
 * stories, the issues of their days, the feeds of their sections and tags (before and after
 * the edit) and those listing pages whose stories differ from the last build's; lists of the whole archive (front page, archive, topics) are not
 * paginated and always render, and the site feeds only when they list an edited story or its issue (see reusingUnchangedSiteFeed in dev-server-model.ts). Every other page is
 * already on disk from the previous build. The story loader keeps an unchanged story the very
 * same object between builds, so identity tells what was re-read. Anything that reshapes the
 * archive (a story added or removed, a day gained or lost) renders everything again.
 */
export function pagesChangedSince(previous: ArchiveModel, next: ArchiveModel): RenderSet {
  if (previous.stories.length !== next.stories.length || !sameDays(previous.issues, next.issues)) return everyPage(next);
  const unchanged = new Set(previous.stories);
  const previousById = new Map(previous.stories.map((story) => [story.id, story]));
  const changed = next.stories.filter((story) => !unchanged.has(story));
  const days = new Set<string>();
  const taxa = new Set<string>();
  for (const story of changed) {
    const before = previousById.get(story.id);
    if (before === undefined) return everyPage(next);
    for (const version of [before, story]) {
      days.add(version.published.day);
      for (const taxon of [version.section, ...version.tags]) taxa.add(taxon.url);
    }
  }
  const touched = (page: Listing | ListingPage): boolean => taxa.has(page.taxon.url);
  const previousListings = new Map([...previous.tagListings, ...previous.sectionListings].map((page) => [page.url, page]));
  // A corrected story changes the one page that lists it; a story that moved (a new date, a
  // tag added) changes the pages between its old and new place, and the links of a page gained or lost.
  const listingChanged = (page: ListingPage): boolean => {
    const before = previousListings.get(page.url);
    return (
      before === undefined ||
      before.heading !== page.heading ||
      before.previousUrl !== page.previousUrl ||
      before.nextUrl !== page.nextUrl ||
      before.totalStories !== page.totalStories ||
      before.stories.length !== page.stories.length ||
      page.stories.some((story, index) => story !== before.stories[index])
    );
  };
  const { feedItems } = next.site;
  const inSiteFeeds = new Set([...previous.stories.slice(0, feedItems), ...next.stories.slice(0, feedItems)].map((story) => story.id));
  const issueFeedDays = new Set(next.issues.slice(0, feedItems).map((issue) => issue.day));
  return {
    stories: changed,
    issues: next.issues.filter((issue) => days.has(issue.day)),
    tags: next.tags.filter(touched),
    sections: next.sections.filter(touched),
    tagListings: next.tagListings.filter((page) => touched(page) && listingChanged(page)),
    sectionListings: next.sectionListings.filter((page) => touched(page) && listingChanged(page)),
    siteFeeds: changed.some((story) => inSiteFeeds.has(story.id)) || [...days].some((day) => issueFeedDays.has(day)),
    singlePages: true,
  };
}

function sameDays(a: readonly DailyIssue[], b: readonly DailyIssue[]): boolean {
  return a.length === b.length && a.every((issue, index) => issue.day === b[index]?.day);
}

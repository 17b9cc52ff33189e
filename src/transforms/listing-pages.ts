import type { Story, Taxon } from '../content/story.ts';
import type { Listing } from './taxonomies.ts';
import { routes } from '../routes/routes.ts';

/**
 * One page of a section's or tag's listing. A listing grows with the archive (25 stories a
 * day), so it is cut into pages of a bounded size that a phone can load. The pages are counted
 * from the oldest story (issue 11): an archive page, once published, keeps its stories however
 * many are added after it, so publishing a story renders the listing's own page and, when a
 * page fills, one new archive page and the link to it, instead of every page of the listing.
 */
export interface ListingPage {
  taxon: Taxon;
  /** Counted from the oldest: archive page 1 holds the oldest stories. The listing's own page comes after the newest archive page. */
  number: number;
  /** Site-relative: the listing's own page keeps the taxon's URL ("/tags/africa/"), archive pages hang below it ("/tags/africa/page/1/"). */
  url: string;
  /** The page of newer stories; undefined on the listing's own page. */
  previousUrl: string | undefined;
  /** The page of older stories; undefined on archive page 1, and on a listing without archive pages. */
  nextUrl: string | undefined;
  /** "Newest stories" on the listing's own page, "Page 12" on an archive page. */
  position: string;
  /** The page's h1 and title: the listing's name, then which page and which stories when there are several pages. */
  heading: string;
  /** This page's stories, newest first. */
  stories: Story[];
  /**
   * Stories in the whole listing, on the listing's own page; undefined on an archive page,
   * which must not change as the listing grows.
   */
  totalStories: number | undefined;
}

/**
 * Cuts a listing (stories newest first) into pages. Counted from the oldest story, every full
 * run of perPage stories is an archive page, except the newest full run: the listing's own page
 * shows it with the stories newer than it (perPage to 2 × perPage − 1 stories), so it never
 * shows fewer than perPage stories while no story appears on two pages. A listing without
 * stories still has its own page, so the taxon's URL never stops resolving. name is what the
 * listing is called ("World", "Stories tagged “Africa”"); it defaults to the taxon's name.
 * Pages come in reading order: the listing's own page, then archive pages from the newest.
 */
export function paginateListing(listing: Listing, perPage: number, name: string = listing.taxon.name): ListingPage[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`stories per page must be a positive integer, got ${perPage}`);
  const { taxon, stories } = listing;
  const archivePages = Math.max(0, Math.floor(stories.length / perPage) - 1);
  const archivedStories = archivePages * perPage;
  const newestArchiveUrl = archivePages > 0 ? routes.listingPage(taxon.url, archivePages) : undefined;
  const own: ListingPage = {
    taxon,
    number: archivePages + 1,
    url: taxon.url,
    previousUrl: undefined,
    nextUrl: newestArchiveUrl,
    position: 'Newest stories',
    heading: archivePages > 0 ? `${name}, newest stories` : name,
    stories: stories.slice(0, stories.length - archivedStories),
    totalStories: stories.length,
  };
  const archive = Array.from({ length: archivePages }, (_, index): ListingPage => {
    const number = archivePages - index;
    // Story indexes run newest first, archive pages oldest first: page 1 ends at the listing's end.
    const end = stories.length - (number - 1) * perPage;
    const pageStories = stories.slice(end - perPage, end);
    const position = `Page ${number}`;
    return {
      taxon,
      number,
      url: routes.listingPage(taxon.url, number),
      previousUrl: number === archivePages ? taxon.url : routes.listingPage(taxon.url, number + 1),
      nextUrl: number > 1 ? routes.listingPage(taxon.url, number - 1) : undefined,
      position,
      heading: `${name}, ${position.toLowerCase()}: ${dateRange(pageStories)}`,
      stories: pageStories,
      totalStories: undefined,
    };
  });
  return [own, ...archive];
}

/** "Nov 3, 2026 – Nov 5, 2026" from stories newest first; one date when they share a day. */
function dateRange(newestFirst: readonly Story[]): string {
  const newest = newestFirst[0]?.published.shortDate ?? '';
  const oldest = newestFirst.at(-1)?.published.shortDate ?? '';
  return oldest === newest ? newest : `${oldest} – ${newest}`;
}

/** Every page of every listing, listing after listing in the order given. */
export function paginateListings(listings: readonly Listing[], perPage: number, nameOf: (taxon: Taxon) => string = (taxon) => taxon.name): ListingPage[] {
  return listings.flatMap((listing) => paginateListing(listing, perPage, nameOf(listing.taxon)));
}

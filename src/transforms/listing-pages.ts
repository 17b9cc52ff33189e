import type { Story, Taxon } from '../content/story.ts';
import type { TaxonPage } from './taxonomies.ts';
import { routes } from '../routes/routes.ts';

/**
 * One page of a section's or tag's listing. A listing grows with the archive (25 stories a
 * day), so it is cut into pages of a bounded size that a phone can load.
 */
export interface ListingPage {
  taxon: Taxon;
  /** 1 for the newest stories. */
  number: number;
  /** How many pages the whole listing has (at least 1). */
  count: number;
  /** Site-relative: page 1 keeps the taxon's own URL ("/tags/africa/"), later ones "/tags/africa/page/2/". */
  url: string;
  /** The page of newer stories; undefined on page 1. */
  previousUrl: string | undefined;
  /** The page of older stories; undefined on the last page. */
  nextUrl: string | undefined;
  /** "Page 2 of 5". */
  position: string;
  /** The page's h1 and title: the listing's name, then which page this is when there are several. */
  heading: string;
  /** This page's stories, newest first. */
  stories: Story[];
  /** Stories in the whole listing, across its pages. */
  totalStories: number;
}

/**
 * Cuts a listing (stories newest first) into pages of at most perPage stories. A listing
 * without stories still has its page 1, so the taxon's URL never stops resolving.
 * name is what the listing is called ("World", "Stories tagged “Africa”"); it defaults to the taxon's name.
 */
export function paginateListing(listing: TaxonPage, perPage: number, name: string = listing.taxon.name): ListingPage[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`stories per page must be a positive integer, got ${perPage}`);
  const { taxon, stories } = listing;
  const count = Math.max(1, Math.ceil(stories.length / perPage));
  const urlOf = (number: number): string => routes.listingPage(taxon.url, number);
  return Array.from({ length: count }, (_, index): ListingPage => {
    const number = index + 1;
    const position = `Page ${number} of ${count}`;
    return {
      taxon,
      number,
      count,
      url: urlOf(number),
      previousUrl: number > 1 ? urlOf(number - 1) : undefined,
      nextUrl: number < count ? urlOf(number + 1) : undefined,
      position,
      heading: count > 1 ? `${name}, ${position.toLowerCase()}` : name,
      stories: stories.slice(index * perPage, number * perPage),
      totalStories: stories.length,
    };
  });
}

/** Every page of every listing, listing after listing in the order given. */
export function paginateListings(listings: readonly TaxonPage[], perPage: number, nameOf: (taxon: Taxon) => string = (taxon) => taxon.name): ListingPage[] {
  return listings.flatMap((listing) => paginateListing(listing, perPage, nameOf(listing.taxon)));
}

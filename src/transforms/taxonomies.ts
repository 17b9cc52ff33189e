import type { Story, Taxon } from '../content/story.ts';

/** Every story of one tag or section: the whole listing, which paginateListing cuts into ListingPages. */
export interface Listing {
  taxon: Taxon;
  /** Newest first. */
  stories: Story[];
}

/** One listing per tag (or section), of its stories in the order given (newest first). */
export function indexBy(stories: readonly Story[], taxaOf: (story: Story) => readonly Taxon[]): Listing[] {
  const listings = new Map<string, Listing>();
  for (const story of stories) {
    for (const taxon of taxaOf(story)) {
      const listing = listings.get(taxon.slug);
      if (listing) listing.stories.push(story);
      else listings.set(taxon.slug, { taxon, stories: [story] });
    }
  }
  return [...listings.values()];
}

export function byName(a: Listing, b: Listing): number {
  return a.taxon.name.localeCompare(b.taxon.name);
}

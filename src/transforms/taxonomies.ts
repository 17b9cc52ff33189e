import type { Story, Taxon } from '../content/story.ts';

export interface TaxonPage {
  taxon: Taxon;
  /** Newest first. */
  stories: Story[];
}

/** One page per tag (or section), listing its stories in the order given (newest first). */
export function indexBy(stories: readonly Story[], taxaOf: (story: Story) => readonly Taxon[]): TaxonPage[] {
  const pages = new Map<string, TaxonPage>();
  for (const story of stories) {
    for (const taxon of taxaOf(story)) {
      const page = pages.get(taxon.slug);
      if (page) page.stories.push(story);
      else pages.set(taxon.slug, { taxon, stories: [story] });
    }
  }
  return [...pages.values()];
}

export function byName(a: TaxonPage, b: TaxonPage): number {
  return a.taxon.name.localeCompare(b.taxon.name);
}

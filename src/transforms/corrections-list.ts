import type { Correction, Story } from '../content/story.ts';

/** One correction on the /corrections/ page and in its feed, with the story it corrects. */
export interface CorrectionListing {
  story: Story;
  correction: Correction;
  /** Its place among the story's corrections, oldest first: with the story's id, the feed item's id. */
  index: number;
}

/** Every correction of the published stories, newest first (then by headline, so the order is stable). */
export function listCorrections(stories: readonly Story[]): CorrectionListing[] {
  return stories
    .flatMap((story) => story.corrections.map((correction, index) => ({ story, correction, index })))
    .sort((a, b) => b.correction.date.epochMs - a.correction.date.epochMs || a.story.title.localeCompare(b.story.title));
}

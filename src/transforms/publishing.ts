export type PublishingMode = 'production' | 'development';

interface Publishable {
  draft: boolean;
  published: { epochMs: number };
}

/**
 * Production publishes what is ready: no drafts, and nothing dated after now (scheduled
 * stories appear with the first build after their time). Development shows everything.
 */
export function selectPublished<T extends Publishable>(stories: readonly T[], mode: PublishingMode, now: number): T[] {
  if (mode === 'development') return [...stories];
  return stories.filter((story) => !story.draft && story.published.epochMs <= now);
}

import slugify from '@sindresorhus/slugify';

export function slugOf(text: string): string {
  return slugify(text, { decamelize: false });
}

/** "stories/2026-11-20-us-troops-iran.md" -> "us-troops-iran": the date is already in the URL. */
export function storySlugFromPath(relativePath: string): string {
  const base = relativePath.split('/').pop() ?? relativePath;
  return slugOf(base.replace(/\.md$/i, '').replace(/^\d{4}-\d{2}-\d{2}[-_]?/, '')) || 'story';
}

/**
 * Ids of feed items as tag: URIs (RFC 4151): tag:fixture.example,2026:digest/stories/2026-11-23-fed-script.
 * The specific part is the story's id (its file path), never its title, summary or date, so
 * editing any of those does not make readers show the story again as new.
 */

/** The date part names when the id scheme was minted; it must never change once published. */
const TAG_DATE = '2026';

export function tagUri(siteUrl: string, key: string): string {
  const url = new URL(siteUrl);
  const sitePath = url.pathname.replace(/^\/+|\/+$/g, '');
  const specific = [sitePath, key.replace(/^\/+/, '')].filter(Boolean).join('/');
  return `tag:${url.hostname},${TAG_DATE}:${encodeURI(specific)}`;
}

export function storyEntryId(siteUrl: string, storyId: string): string {
  return tagUri(siteUrl, storyId);
}

export function issueEntryId(siteUrl: string, day: string): string {
  return tagUri(siteUrl, `issues/${day}`);
}

/** Filters the layouts use for output only; anything that computes belongs in the site model. */

// Site-relative paths resolve under the site url's path (https://host/digest/...), not the host root.
export { absoluteUrl } from './site-url.ts';

/** Serializes for <script type="application/ld+json">: "<" is escaped so no value can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A site-relative URL as a page prints it on a site published under a path: "/tags/" becomes
 * "/news/tags/" for pathPrefix "/news/". Absolute ("https://..."), protocol-relative, relative
 * and fragment URLs are returned as they are. Eleventy's own `url` filter does the same through
 * a thrown URL parse and path normalizing on each of the ~30 calls a page makes (1.3 s at
 * 4,000 stories); this is string concatenation.
 */
export function withPathPrefix(url: string, pathPrefix: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || pathPrefix === '/' || pathPrefix === '') return url;
  const base = pathPrefix.endsWith('/') ? pathPrefix : `${pathPrefix}/`;
  return (base.startsWith('/') ? base : `/${base}`) + url.slice(1);
}

/** "1 min read", "4 min read" */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}

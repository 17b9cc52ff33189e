/**
 * The site is published at its url's path (https://example.org/digest/ serves dist/ at
 * /digest/), so every site-relative URL the model holds ("/2026/11/24/slug/") is relative to
 * that path, never to the host's root.
 */

/** "/digest/" for https://example.org/digest, "/" for https://example.org. */
export function sitePathPrefix(siteUrl: string): string {
  const pathname = new URL(siteUrl).pathname.replace(/\/+$/, '');
  return `${pathname}/`;
}

/**
 * Absolute URL of a site-relative path ("/tags/iran/"), a path relative to the site's root
 * ("images/a.svg") or an absolute URL (returned as it is).
 */
export function absoluteUrl(pathOrUrl: string, siteUrl: string): string {
  const root = `${siteUrl.replace(/\/+$/, '')}/`;
  const isSiteRelative = pathOrUrl.startsWith('/') && !pathOrUrl.startsWith('//');
  return new URL(isSiteRelative ? pathOrUrl.replace(/^\/+/, '') : pathOrUrl, root).href;
}

/**
 * A site-relative URL as a browser requests it on a site published under a path: "/tags/"
 * becomes "/news/tags/" for pathPrefix "/news/". Absolute ("https://..."), protocol-relative,
 * relative and fragment URLs are returned as they are. Eleventy's own `url` filter does the
 * same through a thrown URL parse and path normalizing, and a page calls it for each of its
 * links; this is string concatenation.
 */
export function withPathPrefix(url: string, pathPrefix: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || pathPrefix === '/' || pathPrefix === '') return url;
  const base = pathPrefix.endsWith('/') ? pathPrefix : `${pathPrefix}/`;
  return (base.startsWith('/') ? base : `/${base}`) + url.slice(1);
}

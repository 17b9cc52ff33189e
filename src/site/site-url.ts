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

/** The site path as a browser requests it: "/digest/assets/feed.xsl" for "/assets/feed.xsl". */
export function prefixedPath(sitePath: string, siteUrl: string): string {
  return sitePathPrefix(siteUrl) + sitePath.replace(/^\/+/, '');
}

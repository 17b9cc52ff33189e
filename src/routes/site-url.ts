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
  const root = siteRootOf(siteUrl);
  // The site's own routes (slugs, dates, file names) resolve by concatenation: a large archive's
  // sitemap and feeds ask for a hundred thousand of them, and a URL parse each was 0.14 s of
  // every publish at 100,000 stories.
  if (root.href !== undefined && PLAIN_SITE_PATH.test(pathOrUrl)) return root.href + pathOrUrl.slice(1);
  const isSiteRelative = pathOrUrl.startsWith('/') && !pathOrUrl.startsWith('//');
  return new URL(isSiteRelative ? pathOrUrl.replace(/^\/+/, '') : pathOrUrl, root.text).href;
}

/**
 * A site-relative path that a URL parse would append to the site's root unchanged: one slash,
 * then segments of unreserved characters only (nothing to percent-encode), none of them "." or "..".
 */
const PLAIN_SITE_PATH = /^\/(?!\/)(?:(?!\.\.?(?:\/|$))[A-Za-z0-9\-._~]+\/)*(?:(?!\.\.?$)[A-Za-z0-9\-._~]+)?$/;

/**
 * The site's root with one trailing slash, as written, and as a URL parse normalizes it (host
 * lower-cased, default port dropped); no normalized root when the url has a query or fragment,
 * which a relative path would replace rather than follow.
 */
function siteRootOf(siteUrl: string): SiteRoot {
  let root = siteRoots.get(siteUrl);
  if (root === undefined) {
    const text = `${siteUrl.replace(/\/+$/, '')}/`;
    const parsed = new URL(text);
    root = { text, href: parsed.search === '' && parsed.hash === '' && parsed.href.endsWith('/') ? parsed.href : undefined };
    siteRoots.set(siteUrl, root);
  }
  return root;
}

interface SiteRoot {
  text: string;
  href: string | undefined;
}

const siteRoots = new Map<string, SiteRoot>();

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

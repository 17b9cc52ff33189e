import { withPathPrefix } from '../routes/site-url.ts';
import { rewriteHtmlUrls } from './html-urls.ts';

/** Anything that could be a root-relative URL in an attribute; HTML without one is returned untouched, unparsed. */
const MAY_HOLD_ROOT_RELATIVE = /=\s*["']?\s*\/(?!\/)|srcset/i;

/**
 * Story bodies are written site-relative: an editor links "/2026/11/24/other/" and shows
 * "/images/map.jpg". A site published under a path (https://example.org/news) serves those at
 * "/news/2026/11/24/other/", so the page prints them with that prefix, in every URL attribute
 * (html-urls.ts). Run once per story rather than on every page written.
 * Absolute, protocol-relative ("//cdn..."), relative and fragment URLs are left alone.
 */
export function prefixRootRelativeUrls(html: string, pathPrefix: string): string {
  if (pathPrefix === '/' || !MAY_HOLD_ROOT_RELATIVE.test(html)) return html;
  return rewriteHtmlUrls(html, (url) => withPathPrefix(url, pathPrefix));
}

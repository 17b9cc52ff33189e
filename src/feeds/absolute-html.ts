import { absoluteUrl } from '../routes/site-url.ts';
import { rewriteHtmlUrls } from '../transforms/html-urls.ts';

/**
 * Feed readers show item content away from the site, so every URL in it (every attribute the
 * pages prefix, html-urls.ts) must be absolute: "/images/map.svg" resolves under the site's url
 * (path prefix included) and "#notes" or "chart.png" against the page the content comes from.
 */
export function absolutizeHtml(html: string, pageUrl: string, siteUrl: string): string {
  return rewriteHtmlUrls(html, (url) => resolveAgainst(url, pageUrl, siteUrl));
}

function resolveAgainst(value: string, pageUrl: string, siteUrl: string): string {
  if (value === '') return pageUrl;
  try {
    return value.startsWith('/') && !value.startsWith('//') ? absoluteUrl(value, siteUrl) : new URL(value, pageUrl).href;
  } catch {
    // Not a URL a reader could follow either way; leave the editor's text alone.
    return value;
  }
}

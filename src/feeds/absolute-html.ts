import { parse } from 'node-html-parser';
import { absoluteUrl } from '../routes/site-url.ts';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/**
 * Feed readers show item content away from the site, so every link and image in it must be
 * absolute: "/images/map.svg" resolves under the site's url (path prefix included) and
 * "#notes" or "chart.png" against the page the content comes from.
 */
export function absolutizeHtml(html: string, pageUrl: string, siteUrl: string): string {
  const root = parse(html, { comment: true });
  const resolve = (value: string): string => resolveAgainst(value.trim(), pageUrl, siteUrl);
  for (const element of root.querySelectorAll('[href], [src], [poster], [cite], [srcset]')) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== undefined) element.setAttribute(name, resolve(value));
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== undefined) element.setAttribute('srcset', resolveSrcset(srcset, resolve));
  }
  return root.toString();
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

/** "a.jpg 1x, b.jpg 2x": each candidate's URL resolves, its descriptor stays. */
function resolveSrcset(srcset: string, resolve: (value: string) => string): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.split(/\s+/);
      return [resolve(url), ...descriptors].join(' ');
    })
    .join(', ');
}

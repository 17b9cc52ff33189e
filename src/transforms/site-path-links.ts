import { parse } from 'node-html-parser';
import { withPathPrefix } from '../routes/site-url.ts';

/** Attributes whose value is a URL (srcset is a list of them). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'data']);
const URL_ATTRIBUTE_SELECTOR = [...URL_ATTRIBUTES].map((name) => `[${name}]`).join(', ');

/** One attribute in a tag's raw attribute text: name, then "=" and a quoted or bare value. */
const RAW_ATTRIBUTE = /([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** Anything that could be a root-relative URL in an attribute; HTML without one is returned untouched, unparsed. */
const MAY_HOLD_ROOT_RELATIVE = /=\s*["']?\s*\/(?!\/)|srcset/i;

/**
 * Story bodies are written site-relative: an editor links "/2026/11/24/other/" and shows
 * "/images/map.jpg". A site published under a path (https://example.org/news) serves those at
 * "/news/2026/11/24/other/", so the page prints them with that prefix. Run once per story
 * rather than on every page written; the rest stays as written (but for the XHTML slash of a
 * void tag like <img />, which HTML ignores).
 * Absolute, protocol-relative ("//cdn..."), relative and fragment URLs are left alone.
 */
export function prefixRootRelativeUrls(html: string, pathPrefix: string): string {
  if (pathPrefix === '/' || !MAY_HOLD_ROOT_RELATIVE.test(html)) return html;
  const root = parse(html, { comment: true });
  let changed = false;
  for (const element of root.querySelectorAll(URL_ATTRIBUTE_SELECTOR)) {
    const rawAttrs = prefixRawAttributes(element.rawAttrs, pathPrefix);
    if (rawAttrs === element.rawAttrs) continue;
    element.rawAttrs = rawAttrs;
    changed = true;
  }
  return changed ? root.toString() : html;
}

/** Rewrites the URL attributes of one tag's raw attribute text, keeping quotes and entities as written. */
function prefixRawAttributes(rawAttrs: string, pathPrefix: string): string {
  return rawAttrs.replace(RAW_ATTRIBUTE, (attribute, name: string, equals: string | undefined, value: string | undefined) => {
    const lowerName = name.toLowerCase();
    if (equals === undefined || value === undefined || !URL_ATTRIBUTES.has(lowerName)) return attribute;
    const quote = value.startsWith('"') || value.startsWith("'") ? value.charAt(0) : '';
    const text = quote ? value.slice(1, -1) : value;
    const prefixed = lowerName === 'srcset' ? prefixSrcset(text, pathPrefix) : prefixUrl(text, pathPrefix);
    return prefixed === text ? attribute : `${name}${equals}${quote}${prefixed}${quote}`;
  });
}

/** "/images/a.jpg" → "/news/images/a.jpg", keeping any whitespace before it. */
function prefixUrl(url: string, pathPrefix: string): string {
  return url.replace(/^(\s*)(\S.*)?$/s, (_match, space: string, rest = '') => space + withPathPrefix(rest, pathPrefix));
}

/** "/a.jpg 1x, /b.jpg 2x": each candidate's URL, its descriptor and spacing kept. */
function prefixSrcset(srcset: string, pathPrefix: string): string {
  return srcset.replace(/(^|,)(\s*)([^\s,]+)/g, (_match, comma: string, space: string, url: string) => comma + space + withPathPrefix(url, pathPrefix));
}

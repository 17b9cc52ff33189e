import { parse } from 'node-html-parser';

/**
 * The attributes whose value is a URL, on any element (srcset holds a list of them). Every
 * rewrite of the URLs in a piece of HTML (story bodies under a path prefix, feed content made
 * absolute, the email edition's check) reads this one list, so a link that works on the site
 * works in the feed and the mail too.
 */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'data', 'background'];

const URL_ATTRIBUTE_NAMES = new Set(URL_ATTRIBUTES);
const URL_ATTRIBUTE_SELECTOR = URL_ATTRIBUTES.map((name) => `[${name}]`).join(', ');

/**
 * One attribute in a tag's raw attribute text: name, then "=" and a quoted or bare value. A
 * bare value runs to the next space, as browsers read it ("?a=1" included).
 */
const RAW_ATTRIBUTE = /([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/** Characters that end or break a bare (unquoted) attribute value. */
const NEEDS_QUOTES = /[\s"'<>`]/;

/**
 * Given a URL as written in the HTML (surrounding spaces removed, entities left as written),
 * returns the URL to write instead.
 */
export type UrlRewrite = (url: string) => string;

/**
 * Passes every URL in the HTML's URL attributes through `rewrite`, including each candidate of
 * a srcset. Only the URLs change: quoting, entities, spacing and the rest of the markup stay as
 * written (but for the XHTML slash of a void tag like <img />, which HTML ignores, on a tag
 * whose URL changed), and HTML in which nothing changed comes back as it was. Text that only
 * looks like a link (code, comments, a data-path attribute) is not touched.
 */
export function rewriteHtmlUrls(html: string, rewrite: UrlRewrite): string {
  const root = parse(html, { comment: true });
  let changed = false;
  for (const element of root.querySelectorAll(URL_ATTRIBUTE_SELECTOR)) {
    const rawAttrs = rewriteRawAttributes(element.rawAttrs, rewrite);
    if (rawAttrs === element.rawAttrs) continue;
    element.rawAttrs = rawAttrs;
    changed = true;
  }
  return changed ? root.toString() : html;
}

/** Every URL in the HTML's URL attributes (each srcset candidate on its own), as written, in document order. */
export function htmlUrls(html: string): string[] {
  const found: string[] = [];
  rewriteHtmlUrls(html, (url) => {
    found.push(url);
    return url;
  });
  return found;
}

/** Rewrites the URL attributes of one tag's raw attribute text, keeping quotes and entities as written. */
function rewriteRawAttributes(rawAttrs: string, rewrite: UrlRewrite): string {
  return rawAttrs.replace(RAW_ATTRIBUTE, (attribute, name: string, equals: string | undefined, value: string | undefined) => {
    const lowerName = name.toLowerCase();
    if (equals === undefined || value === undefined || !URL_ATTRIBUTE_NAMES.has(lowerName)) return attribute;
    const quote = value.startsWith('"') || value.startsWith("'") ? value.charAt(0) : '';
    const text = quote ? value.slice(1, -1) : value;
    const rewritten = lowerName === 'srcset' ? rewriteSrcset(text, rewrite) : rewriteUrl(text, rewrite);
    if (rewritten === text) return attribute;
    if (quote === '' && NEEDS_QUOTES.test(rewritten)) return `${name}${equals}"${rewritten.replaceAll('"', '&quot;')}"`;
    return `${name}${equals}${quote}${rewritten}${quote}`;
  });
}

/** One URL attribute value: the URL is rewritten, the spaces around it kept. */
function rewriteUrl(value: string, rewrite: UrlRewrite): string {
  const [, before = '', url = '', after = ''] = /^(\s*)(.*?)(\s*)$/s.exec(value) ?? [];
  return before + rewrite(url) + after;
}

/**
 * "/a.jpg 1x, /b.jpg 2x": each candidate's URL is rewritten; descriptors, commas and spacing
 * are kept. Follows the HTML parsing rules for srcset: a URL is a run of non-space characters
 * (so it may hold a comma, but not end with one), and a descriptor list runs to the next comma
 * outside parentheses.
 */
export function rewriteSrcset(srcset: string, rewrite: UrlRewrite): string {
  let result = '';
  let at = 0;
  while (at < srcset.length) {
    const separators = /^[\s,]*/.exec(srcset.slice(at))?.[0] ?? '';
    result += separators;
    at += separators.length;
    if (at >= srcset.length) break;
    const run = /^\S+/.exec(srcset.slice(at))?.[0] ?? '';
    at += run.length;
    const trailingCommas = /,*$/.exec(run)?.[0] ?? '';
    result += rewrite(run.slice(0, run.length - trailingCommas.length)) + trailingCommas;
    if (trailingCommas !== '') continue;
    const descriptorsEnd = endOfDescriptors(srcset, at);
    result += srcset.slice(at, descriptorsEnd);
    at = descriptorsEnd;
  }
  return result;
}

/** Where a candidate's descriptors end: at the next comma not inside parentheses, or the end. */
function endOfDescriptors(srcset: string, from: number): number {
  let depth = 0;
  for (let at = from; at < srcset.length; at++) {
    const char = srcset.charAt(at);
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0) return at;
  }
  return srcset.length;
}

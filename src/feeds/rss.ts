import { xmlDocument, xmlElement as el, type XmlNode } from './xml-document.ts';
import type { FeedDocument, FeedEntry } from './feed-document.ts';
import { rfc822 } from './feed-dates.ts';
import escapeHtml from 'escape-html';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/**
 * RSS 2.0 with the extensions readers expect: atom:link rel="self", content:encoded for the
 * full text, dc:creator for authors (RSS's own <author> must be an e-mail address).
 */
export function renderRss(feed: FeedDocument): string {
  const channel = el('channel', {}, [
    el('title', {}, feed.title),
    el('link', {}, feed.homeUrl),
    el('description', {}, feed.description),
    el('atom:link', { href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' }),
    el('language', {}, feed.language),
    el('lastBuildDate', {}, rfc822(feed.updated)),
    el('generator', {}, 'Daybook'),
    el('docs', {}, 'https://www.rssboard.org/rss-specification'),
    ...(feed.icons ? [rssImage(feed)] : []),
    ...feed.items.map((item) => rssItem(item, feed.author)),
  ]);
  const rss = el('rss', { version: '2.0', 'xmlns:atom': ATOM_NS, 'xmlns:content': CONTENT_NS, 'xmlns:dc': DC_NS }, [channel]);
  return xmlDocument(rss, feed.stylesheetHref);
}

/** RSS 2.0's channel image: its title and link must be the channel's own. */
function rssImage(feed: FeedDocument): XmlNode {
  const image = feed.icons!.rssImage;
  return el('image', {}, [
    el('url', {}, image.url),
    el('title', {}, feed.title),
    el('link', {}, feed.homeUrl),
    el('width', {}, String(image.width)),
    el('height', {}, String(image.height)),
  ]);
}

function rssItem(item: FeedEntry, feedAuthor: string): XmlNode {
  return el('item', {}, [
    el('title', {}, item.title),
    el('link', {}, item.url),
    el('guid', { isPermaLink: 'false' }, item.id),
    el('pubDate', {}, rfc822(item.published)),
    // Readers take RSS descriptions as HTML: escape the plain-text summary so markup in it stays text.
    el('description', {}, escapeHtml(item.summary)),
    el('content:encoded', {}, item.contentHtml),
    ...(item.authors.length ? item.authors : [feedAuthor]).map((author) => el('dc:creator', {}, author)),
    ...item.categories.map((category) => el('category', { domain: category.url }, category.name)),
  ]);
}

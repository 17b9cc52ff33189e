import { create } from 'xmlbuilder2';
import { xmlAttributes, xmlText } from './xml-text.ts';
import type { FeedDocument } from './feed-document.ts';
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
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  if (feed.stylesheetHref) doc.ins('xml-stylesheet', `type="text/xsl" href="${feed.stylesheetHref}"`);
  const channel = doc
    .ele('rss', { version: '2.0', 'xmlns:atom': ATOM_NS, 'xmlns:content': CONTENT_NS, 'xmlns:dc': DC_NS })
    .ele('channel');
  channel.ele('title').txt(xmlText(feed.title));
  channel.ele('link').txt(xmlText(feed.homeUrl));
  channel.ele('description').txt(xmlText(feed.description));
  channel.ele(ATOM_NS, 'atom:link', xmlAttributes({ href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' }));
  channel.ele('language').txt(xmlText(feed.language));
  channel.ele('lastBuildDate').txt(xmlText(rfc822(feed.updated)));
  channel.ele('generator').txt(xmlText('Daybook'));
  channel.ele('docs').txt(xmlText('https://www.rssboard.org/rss-specification'));
  for (const item of feed.items) {
    const entry = channel.ele('item');
    entry.ele('title').txt(xmlText(item.title));
    entry.ele('link').txt(xmlText(item.url));
    entry.ele('guid', xmlAttributes({ isPermaLink: 'false' })).txt(xmlText(item.id));
    entry.ele('pubDate').txt(xmlText(rfc822(item.published)));
    // Readers take RSS descriptions as HTML: escape the plain-text summary so markup in it stays text.
    entry.ele('description').txt(xmlText(escapeHtml(item.summary)));
    entry.ele(CONTENT_NS, 'content:encoded').txt(xmlText(item.contentHtml));
    for (const author of item.authors.length ? item.authors : [feed.author]) entry.ele(DC_NS, 'dc:creator').txt(xmlText(author));
    for (const category of item.categories) entry.ele('category', xmlAttributes({ domain: category.url })).txt(xmlText(category.name));
  }
  return doc.end({ prettyPrint: true }) + '\n';
}

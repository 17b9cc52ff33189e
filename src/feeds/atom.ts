import { create } from 'xmlbuilder2';
import { xmlAttributes, xmlText } from './xml-text.ts';
import type { FeedDocument } from './feed-document.ts';
import { rfc3339 } from './feed-dates.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Atom 1.0 (RFC 4287): text summary, HTML content, dates with the newsroom's offset. */
export function renderAtom(feed: FeedDocument): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  if (feed.stylesheetHref) doc.ins('xml-stylesheet', `type="text/xsl" href="${feed.stylesheetHref}"`);
  const root = doc.ele(ATOM_NS, 'feed', xmlAttributes({ 'xml:lang': feed.language }));
  root.ele('id').txt(xmlText(feed.id));
  root.ele('title', xmlAttributes({ type: 'text' })).txt(xmlText(feed.title));
  root.ele('subtitle', xmlAttributes({ type: 'text' })).txt(xmlText(feed.description));
  root.ele('updated').txt(xmlText(rfc3339(feed.updated)));
  root.ele('link', xmlAttributes({ rel: 'self', type: 'application/atom+xml', href: feed.selfUrl }));
  root.ele('link', xmlAttributes({ rel: 'alternate', type: 'text/html', href: feed.homeUrl }));
  root.ele('author').ele('name').txt(xmlText(feed.author));
  root.ele('generator').txt(xmlText('Daybook'));
  for (const item of feed.items) {
    const entry = root.ele('entry');
    entry.ele('id').txt(xmlText(item.id));
    entry.ele('title', xmlAttributes({ type: 'text' })).txt(xmlText(item.title));
    entry.ele('link', xmlAttributes({ rel: 'alternate', type: 'text/html', href: item.url }));
    entry.ele('published').txt(xmlText(rfc3339(item.published)));
    entry.ele('updated').txt(xmlText(rfc3339(item.updated)));
    for (const author of item.authors) entry.ele('author').ele('name').txt(xmlText(author));
    entry.ele('summary', xmlAttributes({ type: 'text' })).txt(xmlText(item.summary));
    entry.ele('content', xmlAttributes({ type: 'html' })).txt(xmlText(item.contentHtml));
    for (const category of item.categories) entry.ele('category', xmlAttributes({ term: category.name, label: category.name, scheme: category.url }));
    if (item.image) entry.ele('link', xmlAttributes({ rel: 'enclosure', href: item.image.url, title: item.image.alt }));
  }
  return doc.end({ prettyPrint: true }) + '\n';
}

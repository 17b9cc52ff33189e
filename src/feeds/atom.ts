import { create } from 'xmlbuilder2';
import type { FeedDocument } from './feed-document.ts';
import { rfc3339 } from './feed-dates.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Atom 1.0 (RFC 4287): text summary, HTML content, dates with the newsroom's offset. */
export function renderAtom(feed: FeedDocument): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  if (feed.stylesheetHref) doc.ins('xml-stylesheet', `type="text/xsl" href="${feed.stylesheetHref}"`);
  const root = doc.ele(ATOM_NS, 'feed', { 'xml:lang': feed.language });
  root.ele('id').txt(feed.id);
  root.ele('title', { type: 'text' }).txt(feed.title);
  root.ele('subtitle', { type: 'text' }).txt(feed.description);
  root.ele('updated').txt(rfc3339(feed.updated));
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl });
  root.ele('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl });
  root.ele('author').ele('name').txt(feed.author);
  root.ele('generator').txt('Daybook');
  for (const item of feed.items) {
    const entry = root.ele('entry');
    entry.ele('id').txt(item.id);
    entry.ele('title', { type: 'text' }).txt(item.title);
    entry.ele('link', { rel: 'alternate', type: 'text/html', href: item.url });
    entry.ele('published').txt(rfc3339(item.published));
    entry.ele('updated').txt(rfc3339(item.updated));
    for (const author of item.authors) entry.ele('author').ele('name').txt(author);
    entry.ele('summary', { type: 'text' }).txt(item.summary);
    entry.ele('content', { type: 'html' }).txt(item.contentHtml);
    for (const category of item.categories) entry.ele('category', { term: category.name, label: category.name, scheme: category.url });
    if (item.image) entry.ele('link', { rel: 'enclosure', href: item.image.url, title: item.image.alt });
  }
  return doc.end({ prettyPrint: true }) + '\n';
}

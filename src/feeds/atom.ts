import { xmlDocument, xmlElement as el, type XmlNode } from './xml-document.ts';
import type { FeedDocument, FeedEntry } from './feed-document.ts';
import { rfc3339 } from './feed-dates.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Atom 1.0 (RFC 4287): text summary, HTML content, dates with the newsroom's offset. */
export function renderAtom(feed: FeedDocument): string {
  const root = el('feed', { xmlns: ATOM_NS, 'xml:lang': feed.language }, [
    el('id', {}, feed.id),
    el('title', { type: 'text' }, feed.title),
    el('subtitle', { type: 'text' }, feed.description),
    el('updated', {}, rfc3339(feed.updated)),
    el('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl }),
    el('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl }),
    el('author', {}, [el('name', {}, feed.author)]),
    el('generator', {}, 'Daybook'),
    ...(feed.icons ? [el('icon', {}, feed.icons.favicon), el('logo', {}, feed.icons.icon)] : []),
    ...feed.items.map(atomEntry),
  ]);
  return xmlDocument(root, feed.stylesheetHref);
}

function atomEntry(item: FeedEntry): XmlNode {
  return el('entry', {}, [
    el('id', {}, item.id),
    el('title', { type: 'text' }, item.title),
    el('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    el('published', {}, rfc3339(item.published)),
    el('updated', {}, rfc3339(item.updated)),
    ...item.authors.map((author) => el('author', {}, [el('name', {}, author)])),
    el('summary', { type: 'text' }, item.summary),
    el('content', { type: 'html' }, item.contentHtml),
    ...item.categories.map((category) => el('category', { term: category.name, label: category.name, scheme: category.url })),
    ...(item.image ? [el('link', { rel: 'enclosure', href: item.image.url, title: item.image.alt })] : []),
  ]);
}

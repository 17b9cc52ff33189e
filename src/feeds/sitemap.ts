import escapeHtml from 'escape-html';
import { xmlDocument, xmlElement as el } from './xml-document.ts';
import type { SiteModel } from '../site/model.ts';
import type { NewsroomDate } from '../transforms/dates.ts';
import type { Story } from '../content/story.ts';
import type { ListingPage } from '../transforms/listing-pages.ts';
import { absoluteUrl } from '../routes/site-url.ts';
import { lastChange } from './entries.ts';
import { rfc3339 } from './feed-dates.ts';
import { routes } from '../routes/routes.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
/** Google News only wants articles from the last two days. */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export interface SitemapPage {
  /** Site-relative. */
  url: string;
  lastmod: NewsroomDate;
}

/**
 * Every published page with the last change of what it shows, in an order that only grows at
 * its end: stories and issues oldest first, then the listing pages, then the single pages whose
 * lastmod moves with every publish. Cut into files of a fixed number of URLs (sitemapFiles), a
 * day's new stories then leave the files of older stories as they were (only the last files,
 * with the issues and listings, and the index change), and a correction changes the file that
 * lists the story: crawlers read again only what changed.
 */
export function sitemapPages(model: SiteModel): SitemapPage[] {
  // A listing page changes when any story on it does; with no stories, at the build.
  const lastmodOf = (stories: readonly Story[]): NewsroomDate =>
    stories.map(lastChange).reduce<NewsroomDate | undefined>((newest, date) => (newest && newest.epochMs >= date.epochMs ? newest : date), undefined) ??
    model.builtAt;
  const everything = lastmodOf(model.stories);
  // Listing pages are counted from the oldest story, so a new story never shifts a page's
  // stories: each page changed at the last change of its own stories.
  const listingPage = (page: ListingPage): SitemapPage => ({ url: page.url, lastmod: lastmodOf(page.stories) });
  const pages: SitemapPage[] = [];
  for (let index = model.stories.length - 1; index >= 0; index -= 1) {
    const story = model.stories[index]!;
    pages.push({ url: story.url, lastmod: lastChange(story) });
  }
  for (let index = model.issues.length - 1; index >= 0; index -= 1) {
    const issue = model.issues[index]!;
    pages.push({ url: issue.url, lastmod: lastmodOf(issue.stories) });
  }
  pages.push(
    ...model.sectionListings.map(listingPage),
    ...model.tagListings.map(listingPage),
    { url: routes.home, lastmod: lastmodOf(model.latestIssue?.stories ?? []) },
    { url: routes.archive, lastmod: everything },
    { url: routes.topics, lastmod: everything },
    // Listed once there is a correction to find; an empty list is not worth a crawl.
    ...model.corrections.slice(0, 1).map((newest) => ({ url: routes.corrections, lastmod: newest.correction.date })),
  );
  return pages;
}

/**
 * The sitemaps protocol allows at most 50,000 URLs (and 50 MB) in one file; a Daybook URL
 * entry is about 150 bytes, so the count is the limit that binds. https://www.sitemaps.org/protocol.html
 */
export const SITEMAP_MAX_URLS = 50_000;

/** One file of the sitemap: /sitemap.xml, and once the site outgrows it, the files its index lists. */
export interface SitemapFile {
  /** Site path, from the route table. */
  path: string;
  render(): string;
}

/**
 * The sitemap as files: one /sitemap.xml while the site has at most `maxUrls` pages; past
 * that, /sitemap.xml is a sitemap index of /sitemaps/sitemap-N.xml files of at most `maxUrls`
 * URLs each, in the order of sitemapPages (so a new story changes the last files and the
 * index, not every file).
 */
export function sitemapFiles(model: SiteModel, maxUrls = SITEMAP_MAX_URLS): SitemapFile[] {
  const pages = sitemapPages(model);
  const urlset = (chunk: readonly SitemapPage[]) => () => locationsXml('urlset', 'url', chunk, model.site.url);
  if (pages.length <= maxUrls) return [{ path: routes.sitemap, render: urlset(pages) }];
  const chunks = Array.from({ length: Math.ceil(pages.length / maxUrls) }, (_, index) => pages.slice(index * maxUrls, (index + 1) * maxUrls));
  const parts = chunks.map((chunk, index) => ({ path: routes.sitemapPart(index + 1), render: urlset(chunk), lastmod: newest(chunk) }));
  const index: SitemapFile = {
    path: routes.sitemap,
    render: () => locationsXml('sitemapindex', 'sitemap', parts.map((part) => ({ url: part.path, lastmod: part.lastmod })), model.site.url),
  };
  return [index, ...parts];
}

/**
 * A <urlset> or <sitemapindex> of <loc> and <lastmod> pairs, printed as text rather than through
 * xml-document.ts's builder: a large archive's sitemap lists every page, so it is the one XML
 * of the build with a hundred thousand elements, printed on every publish. Its only text is a
 * URL and a date, escaped here as xml-document.ts escapes text.
 */
function locationsXml(root: 'urlset' | 'sitemapindex', element: 'url' | 'sitemap', entries: readonly SitemapPage[], siteUrl: string): string {
  const lines = [XML_DECLARATION, `<${root} xmlns="${SITEMAP_NS}">`];
  for (const entry of entries) {
    // One line of the array per entry, not per element: four times fewer for the join to walk.
    // A date in RFC 3339 has nothing to escape.
    lines.push(`  <${element}>\n    <loc>${escapeHtml(absoluteUrl(entry.url, siteUrl))}</loc>\n    <lastmod>${rfc3339(entry.lastmod)}</lastmod>\n  </${element}>`);
  }
  lines.push(`</${root}>`, '');
  return lines.join('\n');
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

function newest(pages: readonly SitemapPage[]): NewsroomDate {
  return pages.reduce((latest, page) => (page.lastmod.epochMs > latest.epochMs ? page.lastmod : latest), pages[0]!.lastmod);
}

/** Google News reads at most 1,000 URLs from one news sitemap. */
export const NEWS_SITEMAP_MAX_URLS = 1000;

/** Stories published in the two days up to the build's "now", newest first, at most 1,000. */
export function newsSitemapStories(model: SiteModel): Story[] {
  const now = model.builtAt.epochMs;
  const recent: Story[] = [];
  for (const story of model.stories) {
    if (recent.length === NEWS_SITEMAP_MAX_URLS || now - story.published.epochMs > NEWS_WINDOW_MS) break;
    if (story.published.epochMs <= now) recent.push(story);
  }
  return recent;
}

/**
 * Whether the site has a news sitemap: an empty <urlset/> fails the schema, so with no story
 * of the last two days there is none, and robots.txt does not name it.
 */
export function hasNewsSitemap(model: SiteModel): boolean {
  return newsSitemapStories(model).length > 0;
}

/** A Google News sitemap: https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap */
export function renderNewsSitemap(model: SiteModel): string {
  const urls = newsSitemapStories(model).map((story) =>
    el('url', {}, [
      el('loc', {}, absoluteUrl(story.url, model.site.url)),
      el('news:news', {}, [
        el('news:publication', {}, [el('news:name', {}, model.site.publisher.name), el('news:language', {}, model.site.language)]),
        el('news:publication_date', {}, rfc3339(story.published)),
        el('news:title', {}, story.title),
      ]),
    ]),
  );
  return xmlDocument(el('urlset', { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS }, urls));
}

/**
 * Crawlers only read /robots.txt at the host's root: when the site lives under a path
 * (https://host/digest) the host's own robots.txt has to point to these sitemaps instead.
 */
export function renderRobotsTxt(model: SiteModel): string {
  return [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl(routes.sitemap, model.site.url)}`,
    ...(hasNewsSitemap(model) ? [`Sitemap: ${absoluteUrl(routes.newsSitemap, model.site.url)}`] : []),
    '',
  ].join('\n');
}

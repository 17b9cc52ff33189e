import { xmlDocument, xmlElement as el } from './xml-document.ts';
import type { SiteModel } from '../site/model.ts';
import type { NewsroomDate } from '../transforms/dates.ts';
import type { Story } from '../content/story.ts';
import type { ListingPage } from '../transforms/listing-pages.ts';
import { absoluteUrl } from '../site/site-url.ts';
import { lastChange } from './entries.ts';
import { rfc3339 } from './feed-dates.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
/** Google News only wants articles from the last two days. */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

export interface SitemapPage {
  /** Site-relative. */
  url: string;
  lastmod: NewsroomDate;
}

/** Every published page with the last change of what it shows, front page first. */
export function sitemapPages(model: SiteModel): SitemapPage[] {
  // A listing page changes when any story on it does; with no stories, at the build.
  const lastmodOf = (stories: readonly Story[]): NewsroomDate =>
    stories.map(lastChange).reduce<NewsroomDate | undefined>((newest, date) => (newest && newest.epochMs >= date.epochMs ? newest : date), undefined) ??
    model.builtAt;
  const everything = lastmodOf(model.stories);
  // A story published into a listing pushes a story down onto each of its later pages: a page
  // changed at the last change of its own stories or the listing's newest publication, whichever is later.
  const newestPublished = new Map<string, NewsroomDate>();
  for (const listing of [...model.sections, ...model.tags]) {
    if (listing.stories[0]) newestPublished.set(listing.taxon.url, listing.stories[0].published);
  }
  const listingPage = (page: ListingPage): SitemapPage => {
    const own = lastmodOf(page.stories);
    const shifted = newestPublished.get(page.taxon.url);
    return { url: page.url, lastmod: shifted && shifted.epochMs > own.epochMs ? shifted : own };
  };
  return [
    { url: '/', lastmod: lastmodOf(model.latestIssue?.stories ?? []) },
    ...model.stories.map((story) => ({ url: story.url, lastmod: lastChange(story) })),
    { url: '/issues/', lastmod: everything },
    ...model.issues.map((issue) => ({ url: issue.url, lastmod: lastmodOf(issue.stories) })),
    ...model.sectionListings.map(listingPage),
    { url: '/tags/', lastmod: everything },
    ...model.tagListings.map(listingPage),
    // Listed once there is a correction to find; an empty list is not worth a crawl.
    ...model.corrections.slice(0, 1).map((newest) => ({ url: '/corrections/', lastmod: newest.correction.date })),
  ];
}

export function renderSitemap(model: SiteModel): string {
  const urls = sitemapPages(model).map((page) =>
    el('url', {}, [el('loc', {}, absoluteUrl(page.url, model.site.url)), el('lastmod', {}, rfc3339(page.lastmod))]),
  );
  return xmlDocument(el('urlset', { xmlns: SITEMAP_NS }, urls));
}

/** Stories published in the two days up to the build's "now", newest first. */
export function newsSitemapStories(model: SiteModel): Story[] {
  const now = model.builtAt.epochMs;
  return model.stories.filter((story) => story.published.epochMs <= now && now - story.published.epochMs <= NEWS_WINDOW_MS);
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
    `Sitemap: ${absoluteUrl(SITEMAP_PATH, model.site.url)}`,
    `Sitemap: ${absoluteUrl(NEWS_SITEMAP_PATH, model.site.url)}`,
    '',
  ].join('\n');
}

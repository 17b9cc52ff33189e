import type { EleventyConfig } from '@11ty/eleventy';
import type { SiteModel } from '../site/model.ts';
import type { Listing } from '../transforms/taxonomies.ts';
import { FEED_FORMATS, routes, type FeedFormat } from '../routes/routes.ts';
import type { FeedDocument } from './feed-document.ts';
import { renderAtom } from './atom.ts';
import { renderJsonFeed } from './json-feed.ts';
import { renderRss } from './rss.ts';
import { issuesFeed, latestStoriesFeed, taxonFeed } from './site-feeds.ts';
import { correctionsFeed } from './corrections-feed.ts';
import { hasNewsSitemap, renderNewsSitemap, renderRobotsTxt, sitemapFiles, type SitemapFile } from './sitemap.ts';

/** Every site feed format has its writer: a format added to the route table does not type-check until it has one here. */
export const FEED_RENDERERS: Record<FeedFormat, (feed: FeedDocument) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

export interface FeedTemplateOptions {
  /** Whether this render writes the site-wide feeds; false in the later slices of a build rendered in slices. */
  singlePages: boolean;
  /** Wraps the site-wide feeds' renderers, e.g. to reuse unchanged text in the dev server. */
  siteFeed?: <Args extends unknown[]>(render: (model: SiteModel, ...args: Args) => string) => (model: SiteModel, ...args: Args) => string;
}

interface TemplateData {
  daybook: SiteModel;
  listing: Listing;
}

/**
 * Registers the feeds, sitemaps and robots.txt as virtual templates (as eleventy-plugin-rss
 * does), so no placeholder file exists only to call a function: each is written by src/feeds
 * with an XML library, at the path the route table gives it.
 */
export function addFeedTemplates(eleventyConfig: EleventyConfig, options: FeedTemplateOptions): void {
  const siteFeed = options.siteFeed ?? ((render) => render);
  const single = (name: string, permalink: string, render: (model: SiteModel) => string): void => {
    if (!options.singlePages) return;
    eleventyConfig.addTemplate(`feeds/${name}.11ty.js`, {
      data: { permalink, eleventyExcludeFromCollections: true },
      render: (data: TemplateData) => render(data.daybook),
    });
  };

  const latest = siteFeed((model: SiteModel, format: FeedFormat) => FEED_RENDERERS[format](latestStoriesFeed(model, format)));
  for (const format of FEED_FORMATS) single(`latest-${format}`, routes.siteFeed(format), (model) => latest(model, format));
  const issues = siteFeed((model: SiteModel) => renderRss(issuesFeed(model)));
  single('issues-rss', routes.issuesFeed, issues);
  single('corrections-rss', routes.correctionsFeed, (model) => renderRss(correctionsFeed(model)));

  for (const kind of ['section', 'tag'] as const) {
    eleventyConfig.addTemplate(`feeds/${kind}-rss.11ty.js`, {
      data: {
        pagination: { data: `daybook.pages.${kind}s`, size: 1, alias: 'listing', addAllPagesToCollections: false },
        permalink: (data: TemplateData) => routes.taxonFeed(data.listing.taxon.url),
        eleventyExcludeFromCollections: true,
      },
      render: (data: TemplateData) => renderRss(taxonFeed(data.daybook, data.listing, kind)),
    });
  }
}

/** Files only the published site needs (crawlers read them from the live host); the dev server leaves them out. */
export function addCrawlerTemplates(eleventyConfig: EleventyConfig, model: SiteModel): void {
  // The sitemap is one file or an index of several (sitemap.ts): one page per file.
  eleventyConfig.addGlobalData('sitemapFiles', () => sitemapFiles(model));
  eleventyConfig.addTemplate('feeds/sitemap.11ty.js', {
    data: {
      pagination: { data: 'sitemapFiles', size: 1, alias: 'sitemapFile', addAllPagesToCollections: false },
      permalink: (data: { sitemapFile: SitemapFile }) => data.sitemapFile.path,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { sitemapFile: SitemapFile }) => data.sitemapFile.render(),
  });
  // No file at all when no story is recent: an empty news sitemap fails its schema.
  if (hasNewsSitemap(model)) {
    eleventyConfig.addTemplate('feeds/news-sitemap.11ty.js', {
      data: { permalink: routes.newsSitemap, eleventyExcludeFromCollections: true },
      render: (data: TemplateData) => renderNewsSitemap(data.daybook),
    });
  }
  eleventyConfig.addTemplate('feeds/robots.11ty.js', {
    data: { permalink: routes.robots, eleventyExcludeFromCollections: true },
    render: (data: TemplateData) => renderRobotsTxt(data.daybook),
  });
}

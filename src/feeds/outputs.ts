import type { SiteModel } from '../site/model.ts';
import type { TaxonPage } from '../transforms/taxonomies.ts';
import type { FeedFormat } from './feed-document.ts';
import { renderAtom } from './atom.ts';
import { renderJsonFeed } from './json-feed.ts';
import { renderRss } from './rss.ts';
import { issuesFeed, latestStoriesFeed, taxonFeed } from './site-feeds.ts';

/** The text of each feed file, as the templates in layouts/feeds/ publish it. */

export function latestStoriesFeedText(model: SiteModel, format: FeedFormat): string {
  const feed = latestStoriesFeed(model, format);
  if (format === 'json') return renderJsonFeed(feed);
  return format === 'atom' ? renderAtom(feed) : renderRss(feed);
}

export function taxonFeedText(taxonPage: TaxonPage, model: SiteModel, kind: 'section' | 'tag'): string {
  return renderRss(taxonFeed(model, taxonPage, kind));
}

export function issuesFeedText(model: SiteModel): string {
  return renderRss(issuesFeed(model));
}

export { renderNewsSitemap as newsSitemapText, renderRobotsTxt as robotsText, renderSitemap as sitemapText } from './sitemap.ts';

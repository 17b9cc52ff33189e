import type { Taxon } from '../content/story.ts';
import type { FeedFormat } from './feed-document.ts';

/** Site paths of the feeds; the one place that decides where each feed is published. */
export const SITE_FEED_PATHS: Record<FeedFormat, string> = {
  rss: '/feed.xml',
  atom: '/atom.xml',
  json: '/feed.json',
};

/** One RSS 2.0 feed per daily issue: for readers who want one item a day. */
export const ISSUES_FEED_PATH = '/issues/feed.xml';

/** Sections and tags each have an RSS 2.0 feed beside their page: /sections/world/feed.xml. */
export function taxonFeedPath(taxon: Taxon): string {
  return `${taxon.url.replace(/\/?$/, '/')}feed.xml`;
}

export const FEED_STYLESHEET_PATH = '/assets/feed.xsl';

export const MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

import type { FeedDocument } from './feed-document.ts';
import { rfc3339 } from './feed-dates.ts';

/** The fields of JSON Feed 1.1 (https://jsonfeed.org/version/1.1) that Daybook fills. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string }[];
  icon?: string;
  favicon?: string;
  items: JsonFeedItem[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  date_published: string;
  date_modified: string;
  authors: { name: string }[];
  tags: string[];
  image?: string;
}

export function toJsonFeed(feed: FeedDocument): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrl,
    description: feed.description,
    language: feed.language,
    authors: [{ name: feed.author }],
    ...(feed.icons ? { icon: feed.icons.icon, favicon: feed.icons.favicon } : {}),
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_html: item.contentHtml,
      summary: item.summary,
      date_published: rfc3339(item.published),
      date_modified: rfc3339(item.updated),
      authors: (item.authors.length ? item.authors : [feed.author]).map((name) => ({ name })),
      tags: item.categories.map((category) => category.name),
      ...(item.image ? { image: item.image.url } : {}),
    })),
  };
}

export function renderJsonFeed(feed: FeedDocument): string {
  return `${JSON.stringify(toJsonFeed(feed), null, 2)}\n`;
}

import type { NewsroomDate } from '../transforms/dates.ts';
import type { FeedIcons } from '../icons/feed-icons.ts';

/**
 * One feed, independent of its format: the RSS, Atom and JSON Feed writers all render this,
 * so every format carries the same items, ids and dates. Every URL in it is absolute.
 */
export interface FeedDocument {
  /** Stable id of the feed itself (Atom <id>). */
  id: string;
  title: string;
  description: string;
  language: string;
  /** The HTML page the feed follows: the front page, a section or a tag page. */
  homeUrl: string;
  /** Where this feed is published, in the format being written. */
  selfUrl: string;
  /** The newest change among the items (the build time when there are none). */
  updated: NewsroomDate;
  /** The publication, credited when an item names no author. */
  author: string;
  /**
   * Path (path prefix included) of the XSLT stylesheet browsers use to show RSS and Atom as a
   * page; a path, not a URL, because browsers only apply a same-origin stylesheet.
   */
  stylesheetHref: string | undefined;
  /** The site's icons (RSS <image>, Atom <icon>/<logo>, JSON Feed icon/favicon); see src/icons/. */
  icons?: FeedIcons | undefined;
  items: FeedEntry[];
}

export interface FeedEntry {
  /** A tag: URI that survives edits of the title, summary and date. */
  id: string;
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** HTML with absolute links. */
  contentHtml: string;
  published: NewsroomDate;
  updated: NewsroomDate;
  authors: string[];
  categories: FeedCategory[];
  image: { url: string; alt: string } | undefined;
}

export interface FeedCategory {
  name: string;
  /** Absolute URL of the section or tag page. */
  url: string;
}

/** The format-specific address of one logical feed. */
export type { FeedFormat } from '../routes/routes.ts';

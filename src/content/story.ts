import type { NewsroomDate } from '../transforms/dates.ts';

export interface Link {
  name: string;
  url: string;
}

export interface Taxon {
  name: string;
  slug: string;
  /** Site-relative URL of its page. */
  url: string;
}

export interface StoryImage {
  /** Site-relative (/images/map.svg) or absolute URL, as the editor gave it. */
  src: string;
  alt: string;
}

/** A correction an editor appended to a story (front matter `corrections`). */
export interface Correction {
  date: NewsroomDate;
  /** "Nov 21", or "Jan 3, 2027" when not in the year the story was published. */
  label: string;
  /** Plain text, as the editor wrote it. */
  text: string;
}

/** A story as pages and feeds use it: validated, dated in the newsroom zone, rendered, summarized. */
export interface Story {
  /** Stable across edits of title and date: the file's path under content/, without extension. */
  id: string;
  /**
   * A digest of every other field: equal fingerprints are equal stories. Pages that show a
   * story and the search part that holds it are compared by it to tell whether they must be
   * made again, without reading its text.
   */
  fingerprint: string;
  /** The source file, for messages: "content/stories/2026-11-20-us-troops-iran.md". */
  file: string;
  slug: string;
  /** Site-relative URL: /2026/11/20/us-troops-iran/ */
  url: string;
  title: string;
  section: Taxon;
  tags: Taxon[];
  authors: string[];
  /** "By Ana Ruiz and Tom Lee", empty when the story has no author. */
  byline: string;
  sources: Link[];
  lead: boolean;
  draft: boolean;
  published: NewsroomDate;
  /** The last change: the editor's `updated` or the latest correction, whichever is later. */
  updated: NewsroomDate | undefined;
  /** Oldest first, as they are printed under the story. */
  corrections: Correction[];
  image: StoryImage | undefined;
  /** The full text as HTML, links as the editor wrote them: "/images/a.jpg" is site-relative (feeds, search). */
  html: string;
  /** The URLs under /images/ its text shows or links to, as written: what the build must publish for it, known without its text. */
  imagesInText: string[];
  /** Whether the text holds raw HTML the editor wrote: Markdown alone renders to nothing that runs, so feeds sanitize only these. */
  rawHtml: boolean;
  /**
   * The same HTML as the story page prints it: root-relative links and images carry the path
   * the site is published under ("/news/images/a.jpg" for https://example.org/news).
   */
  pageHtml: string;
  /** Plain text (not HTML-escaped): the editor's, or extracted from the text. */
  summary: string;
  summarySource: 'editor' | 'extracted';
  /** The first sentence of the summary, for one-line teasers. */
  dek: string;
  words: number;
  readingMinutes: number;
}

/**
 * Every URL the site publishes comes from this table: the story, issue and listing rules,
 * the feeds, the sitemaps, the search index's parts and the email editions. Everything else
 * (the model, layouts, feeds, the incremental build's list of outputs) asks here, so a rule
 * changes in one place. All URLs are site-relative ("/tags/iran/"): the path prefix of a site
 * published under a path is added where URLs are printed (site-url.ts).
 */

/** The feeds of the whole site, one per format: adding a format here makes the type checker ask for its renderer. */
export const SITE_FEEDS = {
  rss: { path: '/feed.xml', mediaType: 'application/rss+xml', label: 'RSS' },
  atom: { path: '/atom.xml', mediaType: 'application/atom+xml', label: 'Atom' },
  json: { path: '/feed.json', mediaType: 'application/feed+json', label: 'JSON Feed' },
} as const satisfies Record<string, { path: string; mediaType: string; label: string }>;

export type FeedFormat = keyof typeof SITE_FEEDS;
export const FEED_FORMATS = Object.keys(SITE_FEEDS) as FeedFormat[];

export type TaxonKind = 'sections' | 'tags';

export const routes = {
  home: '/',
  archive: '/issues/',
  topics: '/tags/',
  search: '/search/',
  notFound: '/404.html',
  /** Every correction, newest first, and its feed. */
  corrections: '/corrections/',
  correctionsFeed: '/corrections/feed.xml',
  /** One RSS 2.0 feed with an item per daily issue. */
  issuesFeed: '/issues/feed.xml',
  sitemap: '/sitemap.xml',
  newsSitemap: '/news-sitemap.xml',
  robots: '/robots.txt',
  /** Browsers only apply a same-origin XSLT stylesheet, so feeds name it by path. */
  feedStylesheet: '/assets/feed.xsl',

  /** "/2026/11/20/us-troops-iran/": the story's own newsroom day, then the slug of its file name. */
  story(day: string, slug: string): string {
    return `/${day.replaceAll('-', '/')}/${slug}/`;
  },

  issue(day: string): string {
    return `/issues/${day}/`;
  },

  taxon(kind: TaxonKind, slug: string): string {
    return `/${kind}/${slug}/`;
  },

  /**
   * An archive page of a section or tag listing, counted from the oldest stories so that its
   * URL keeps its stories as the archive grows; the newest stories are at the taxon's own URL.
   */
  listingPage(taxonUrl: string, number: number): string {
    return `${taxonUrl}page/${number}/`;
  },

  /** Each section and tag has an RSS 2.0 feed beside its page: /sections/world/feed.xml. */
  taxonFeed(taxonUrl: string): string {
    return `${taxonUrl.replace(/\/?$/, '/')}feed.xml`;
  },

  siteFeed(format: FeedFormat): string {
    return SITE_FEEDS[format].path;
  },

  /** One file of a sitemap index, once the site has more URLs than one sitemap may hold. */
  sitemapPart(number: number): string {
    return `/sitemaps/sitemap-${number}.xml`;
  },

  /** The folder that holds every part of the search index. */
  searchIndex: '/pagefind/',

  /** The folder of one part of the search index (a Pagefind bundle). */
  searchPart(partId: string): string {
    return `/pagefind/${partId}/`;
  },

  /** An issue's edition for email, with its CSS inlined, beside the issue's page. */
  emailEdition(issueUrl: string): string {
    return `${issueUrl}email.html`;
  },

  /** A page's social card (1200×630 PNG, see src/cards/), beside the page: /issues/2026-11-20/card.png. */
  socialCard(pageUrl: string): string {
    return `${pageUrl.replace(/\/?$/, '/')}card.png`;
  },

  /** The edition's plain-text alternative, beside it. */
  emailEditionText(issueUrl: string): string {
    return `${issueUrl}email.txt`;
  },
} as const;

/** The file, relative to the output folder, that a URL is served from: "/tags/" is "tags/index.html". */
export function outputFileOf(url: string): string {
  // Without a regular expression for the usual one leading slash: the plan asks for every page of the archive.
  const relative = url.startsWith('/') && !url.startsWith('//') ? url.slice(1) : url.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

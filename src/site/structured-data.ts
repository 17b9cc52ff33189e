import type { SiteConfig } from '../content/site-config.ts';
import type { Story } from '../content/story.ts';
import type { Listing } from '../transforms/taxonomies.ts';
import { FEED_FORMATS, routes, SITE_FEEDS } from '../routes/routes.ts';
import { absoluteUrl } from '../routes/site-url.ts';
import { headlineWithin } from '../transforms/headline.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../cards/card-svg.ts';
import { hasRasterImage } from '../cards/card-plan.ts';

/** What the <head> of one page needs to know about it, from its Eleventy data. */
export interface PageFacts {
  /** Eleventy's page.url: site-relative, without the path prefix. */
  url: string;
  title?: string | undefined;
  description?: string | undefined;
  /** The story a story page shows (undefined elsewhere). */
  story?: Story | undefined;
  /** The section or tag a listing page shows, whose feed it advertises. */
  taxonPage?: Listing | undefined;
  taxonKind?: 'section' | 'tag' | undefined;
  /** Site path of the page's social card (src/cards/card-plan.ts), shared when the page has no raster picture of its own. */
  card?: string | undefined;
}

/** The picture a link to the page shares with: a story's own raster image, else the page's card. */
interface ShareImage {
  /** Absolute. */
  url: string;
  alt: string;
  size?: { width: number; height: number };
}

export interface FeedLink {
  type: string;
  title: string;
  /** Absolute. */
  href: string;
}

export interface HeadMetadata {
  canonical: string;
  feeds: FeedLink[];
  /** <meta property>: Open Graph and article:*. */
  properties: { property: string; content: string }[];
  /** <meta name>: Twitter cards. */
  names: { name: string; content: string }[];
  /** schema.org data for <script type="application/ld+json">, on story pages. */
  jsonLd: NewsArticle | undefined;
}

type Site = Pick<SiteConfig, 'url' | 'title' | 'tagline' | 'language' | 'publisher' | 'author'> &
  Partial<Pick<SiteConfig, 'locale' | 'twitterSite'>>;

/** Canonical URL, feed autodiscovery, Open Graph, Twitter card and JSON-LD of one page. */
export function headMetadata(page: PageFacts, site: Site): HeadMetadata {
  const canonical = absoluteUrl(page.url, site.url);
  const feeds = feedLinks(page, site);
  if (page.story) {
    const { story } = page;
    const image = storyShareImage(story, page.card, site);
    const article = newsArticle(story, site, image?.url);
    return { canonical, feeds, properties: storyProperties(story, site, canonical, image), names: [...twitterCard(story.title, story.summary, image), ...twitterSite(site)], jsonLd: article };
  }
  const title = page.title ? `${page.title} · ${site.title}` : site.title;
  const description = page.description || site.tagline;
  const image = pageShareImage(page.card, title, site);
  const properties = [
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: canonical },
    { property: 'og:site_name', content: site.title },
    ...ogLocale(site),
    ...ogImage(image),
  ];
  return { canonical, feeds, properties, names: [...twitterCard(title, description, image), ...twitterSite(site)], jsonLd: undefined };
}

/** A story's own image unless it is SVG, which the social sites do not show; then its card. */
function storyShareImage(story: Story, card: string | undefined, site: Site): ShareImage | undefined {
  if (story.image && hasRasterImage(story)) return { url: absoluteUrl(story.image.src, site.url), alt: story.image.alt };
  if (!card) return undefined;
  // An older story shares its section's card, which prints the section, not the headline.
  return cardImage(card, card === routes.socialCard(story.url) ? story.title : `${story.section.name}, ${site.title}`, site);
}

/** Another page's card, else the publisher's logo as before cards. */
function pageShareImage(card: string | undefined, title: string, site: Site): ShareImage | undefined {
  if (card) return cardImage(card, title, site);
  return site.publisher.logo ? { url: absoluteUrl(site.publisher.logo, site.url), alt: site.title } : undefined;
}

function cardImage(card: string, alt: string, site: Site): ShareImage {
  return { url: absoluteUrl(card, site.url), alt, size: { width: CARD_WIDTH, height: CARD_HEIGHT } };
}

function ogImage(image: ShareImage | undefined): HeadMetadata['properties'] {
  if (!image) return [];
  return [
    { property: 'og:image', content: image.url },
    ...(image.size ? [{ property: 'og:image:type', content: 'image/png' }, { property: 'og:image:width', content: String(image.size.width) }, { property: 'og:image:height', content: String(image.size.height) }] : []),
    ...(image.alt ? [{ property: 'og:image:alt', content: image.alt }] : []),
  ];
}

function feedLinks(page: PageFacts, site: Site): FeedLink[] {
  const links: FeedLink[] = [
    ...FEED_FORMATS.map((format) => ({
      type: SITE_FEEDS[format].mediaType,
      title: `${site.title} (${SITE_FEEDS[format].label})`,
      href: absoluteUrl(routes.siteFeed(format), site.url),
    })),
    { type: SITE_FEEDS.rss.mediaType, title: `${site.title}: daily issues (RSS)`, href: absoluteUrl(routes.issuesFeed, site.url) },
  ];
  if (page.taxonPage) {
    const { taxon } = page.taxonPage;
    const name = page.taxonKind === 'tag' ? `stories tagged “${taxon.name}”` : taxon.name;
    links.unshift({ type: SITE_FEEDS.rss.mediaType, title: `${site.title}: ${name} (RSS)`, href: absoluteUrl(routes.taxonFeed(taxon.url), site.url) });
  }
  return links;
}

function storyProperties(story: Story, site: Site, canonical: string, image: ShareImage | undefined): HeadMetadata['properties'] {
  return [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: story.title },
    { property: 'og:description', content: story.summary },
    { property: 'og:url', content: canonical },
    { property: 'og:site_name', content: site.title },
    ...ogLocale(site),
    ...ogImage(image),
    { property: 'article:published_time', content: story.published.iso },
    { property: 'article:modified_time', content: (story.updated ?? story.published).iso },
    { property: 'article:section', content: story.section.name },
    ...story.authors.map((author) => ({ property: 'article:author', content: author })),
    ...story.tags.map((tag) => ({ property: 'article:tag', content: tag.name })),
  ];
}

/** summary_large_image when there is a picture to show large, else the plain summary card. */
function twitterCard(title: string, description: string, image: ShareImage | undefined): HeadMetadata['names'] {
  return [
    { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
    ...(image ? [{ name: 'twitter:image', content: image.url }] : []),
    ...(image?.alt ? [{ name: 'twitter:image:alt', content: image.alt }] : []),
  ];
}

/**
 * Open Graph wants language_TERRITORY ("en_GB"): site.yml's locale, else the language when it
 * names a territory; a bare "en" says nothing it can use.
 */
function ogLocale(site: Site): HeadMetadata['properties'] {
  if (site.locale) return [{ property: 'og:locale', content: site.locale }];
  const match = /^([a-z]{2,3})[-_]([A-Z]{2})$/i.exec(site.language);
  return match ? [{ property: 'og:locale', content: `${match[1]!.toLowerCase()}_${match[2]!.toUpperCase()}` }] : [];
}

/** The publication's own account, which cards credit whoever shares the link. */
function twitterSite(site: Site): HeadMetadata['names'] {
  return site.twitterSite ? [{ name: 'twitter:site', content: site.twitterSite }] : [];
}

interface Thing {
  '@type': string;
  name: string;
  url?: string;
}

export interface NewsArticle {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  description: string;
  url: string;
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string };
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  articleSection: string;
  keywords: string[];
  author: Thing[];
  publisher: Thing & { logo?: { '@type': 'ImageObject'; url: string } };
  image?: string[];
  isBasedOn: Thing[];
  citation: Thing[];
  correction?: CorrectionComment[];
}

/** schema.org's CorrectionComment: what a story's `correction` property lists. */
export interface CorrectionComment {
  '@type': 'CorrectionComment';
  text: string;
  datePublished: string;
}

/**
 * schema.org NewsArticle as Google's article structured data documents it. `image` is the
 * picture the story shares with (its own raster image or its card); by default its own image.
 */
export function newsArticle(story: Story, site: Site, image: string | undefined = story.image && absoluteUrl(story.image.src, site.url)): NewsArticle {
  const url = absoluteUrl(story.url, site.url);
  const sources = story.sources.map((source): Thing => ({ '@type': 'CreativeWork', name: source.name, url: source.url }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // Cut at a word when over the limit; og:title and the page keep the whole headline.
    headline: headlineWithin(story.title),
    description: story.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: story.published.iso,
    dateModified: (story.updated ?? story.published).iso,
    inLanguage: site.language,
    articleSection: story.section.name,
    keywords: story.tags.map((tag) => tag.name),
    // A story without a byline is the desk's work: an organization, not a person.
    author: story.authors.length
      ? story.authors.map((name) => ({ '@type': 'Person', name }))
      : [{ '@type': 'Organization', name: site.author, url: absoluteUrl(routes.home, site.url) }],
    publisher: {
      '@type': 'Organization',
      name: site.publisher.name,
      url: absoluteUrl(routes.home, site.url),
      ...(site.publisher.logo ? { logo: { '@type': 'ImageObject' as const, url: absoluteUrl(site.publisher.logo, site.url) } } : {}),
    },
    ...(image ? { image: [image] } : {}),
    isBasedOn: sources,
    citation: sources,
    ...(story.corrections.length
      ? { correction: story.corrections.map((entry): CorrectionComment => ({ '@type': 'CorrectionComment', text: entry.text, datePublished: entry.date.iso })) }
      : {}),
  };
}

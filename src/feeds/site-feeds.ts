import type { SiteModel } from '../site/model.ts';
import type { Listing } from '../transforms/taxonomies.ts';
import { absoluteUrl, sitePathPrefix, withPathPrefix } from '../routes/site-url.ts';
import type { FeedDocument, FeedEntry } from './feed-document.ts';
import { routes, type FeedFormat } from '../routes/routes.ts';
import { issueEntry, storyEntry } from './entries.ts';
import { tagUri } from './ids.ts';
import { feedIcons } from '../icons/feed-icons.ts';
import { closedIssues } from './closed-issues.ts';

/** The newest `feedItems` stories, in the format asked for (/feed.xml, /atom.xml, /feed.json). */
export function latestStoriesFeed(model: SiteModel, format: FeedFormat): FeedDocument {
  const { site } = model;
  return feedDocument(model, {
    key: 'feeds/latest',
    title: site.title,
    description: site.tagline,
    homePath: routes.home,
    selfPath: routes.siteFeed(format),
    items: model.stories.slice(0, site.feedItems).map((story) => storyEntry(story, site)),
  });
}

/** A section's or tag's newest stories as RSS 2.0, published beside its page. */
export function taxonFeed(model: SiteModel, listing: Listing, kind: 'section' | 'tag'): FeedDocument {
  const { site } = model;
  const { taxon } = listing;
  return feedDocument(model, {
    key: `feeds/${kind}s/${taxon.slug}`,
    title: `${site.title}: ${kind === 'section' ? taxon.name : `stories tagged “${taxon.name}”`}`,
    description: kind === 'section' ? `The latest ${taxon.name} stories from ${site.title}.` : `Stories about ${taxon.name} from ${site.title}.`,
    homePath: taxon.url,
    selfPath: routes.taxonFeed(taxon.url),
    items: listing.stories.slice(0, site.feedItems).map((story) => storyEntry(story, site)),
  });
}

/**
 * One item per closed daily issue, the whole newsletter as its content, dated when it closed
 * (RSS 2.0 at /issues/feed.xml): an RSS-to-email service sends each item once, so the open
 * issue is left out until no more stories will join it (closed-issues.ts).
 */
export function issuesFeed(model: SiteModel): FeedDocument {
  const { site } = model;
  return feedDocument(model, {
    key: 'feeds/issues',
    title: `${site.title}: daily issues`,
    description: `Every issue of ${site.title}, one item a day. ${site.tagline}`,
    homePath: routes.archive,
    selfPath: routes.issuesFeed,
    items: closedIssues(model.issues, model.builtAt.epochMs, site, site.feedItems).map(({ issue, closedAt }) => issueEntry(issue, site, closedAt)),
  });
}

interface FeedSpec {
  key: string;
  title: string;
  description: string;
  homePath: string;
  selfPath: string;
  items: FeedEntry[];
}

function feedDocument(model: SiteModel, spec: FeedSpec): FeedDocument {
  const { site } = model;
  // The newest change among the items rather than the build time, so an unchanged feed
  // stays byte-identical between builds and readers' conditional requests keep working.
  const updated = spec.items.reduce((newest, item) => (item.updated.epochMs > newest.epochMs ? item.updated : newest), spec.items[0]?.updated ?? model.builtAt);
  return {
    id: tagUri(site.url, spec.key),
    title: spec.title,
    description: spec.description,
    language: site.language,
    homeUrl: absoluteUrl(spec.homePath, site.url),
    selfUrl: absoluteUrl(spec.selfPath, site.url),
    updated,
    author: site.author,
    stylesheetHref: withPathPrefix(routes.feedStylesheet, sitePathPrefix(site.url)),
    icons: feedIcons(site.url),
    items: spec.items,
  };
}

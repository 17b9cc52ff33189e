import escapeHtml from 'escape-html';
import type { SiteModel } from '../site/model.ts';
import { absoluteUrl, sitePathPrefix, withPathPrefix } from '../routes/site-url.ts';
import { routes } from '../routes/routes.ts';
import { feedIcons } from '../icons/feed-icons.ts';
import type { FeedDocument, FeedEntry } from './feed-document.ts';
import { tagUri } from './ids.ts';

/**
 * /corrections/feed.xml: one item per correction, newest first, for readers and press
 * monitors who follow what a newsroom corrects. An item's id is the story's file and the
 * correction's place among its corrections, so adding a later one never repeats the others.
 */
export function correctionsFeed(model: SiteModel): FeedDocument {
  const { site } = model;
  const items = model.corrections
    .slice(0, site.feedItems)
    .map(({ story, correction, index }): FeedEntry => {
      const url = absoluteUrl(`${story.url}#corrections`, site.url);
      return {
        id: tagUri(site.url, `corrections/${story.id}/${index + 1}`),
        url,
        title: `Correction: ${story.title}`,
        summary: correction.text,
        contentHtml: `<p>${escapeHtml(correction.text)}</p><p>To <a href="${escapeHtml(url)}">${escapeHtml(story.title)}</a>.</p>`,
        published: correction.date,
        updated: correction.date,
        authors: story.authors,
        categories: [{ name: story.section.name, url: absoluteUrl(story.section.url, site.url) }],
        image: undefined,
      };
    });
  return {
    id: tagUri(site.url, 'feeds/corrections'),
    title: `${site.title}: corrections`,
    description: `Every correction ${site.title} has made to a story, newest first.`,
    language: site.language,
    homeUrl: absoluteUrl(routes.corrections, site.url),
    selfUrl: absoluteUrl(routes.correctionsFeed, site.url),
    updated: items[0]?.updated ?? model.builtAt,
    author: site.author,
    stylesheetHref: withPathPrefix(routes.feedStylesheet, sitePathPrefix(site.url)),
    icons: feedIcons(site.url),
    items,
  };
}

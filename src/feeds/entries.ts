import type { SiteConfig } from '../content/site-config.ts';
import type { Link, Story } from '../content/story.ts';
import type { DailyIssue } from '../transforms/issues.ts';
import type { NewsroomDate } from '../transforms/dates.ts';
import { absoluteUrl } from '../routes/site-url.ts';
import { absolutizeHtml } from './absolute-html.ts';
import { readerSafeHtml } from './reader-safe-html.ts';
import type { FeedEntry } from './feed-document.ts';
import escapeHtml from 'escape-html';
import { issueEntryId, storyEntryId } from './ids.ts';

type SiteUrls = Pick<SiteConfig, 'url'>;

// A story appears in the site feed and in each of its section and tag feeds: its content is
// parsed and made absolute once per build, not once per feed.
const entriesByStory = new WeakMap<Story, { siteUrl: string; entry: FeedEntry }>();

/** A story as a feed item: summary plus the full text, with its section and tags as categories. */
export function storyEntry(story: Story, site: SiteUrls): FeedEntry {
  const cached = entriesByStory.get(story);
  if (cached?.siteUrl === site.url) return cached.entry;
  const entry = buildStoryEntry(story, site);
  entriesByStory.set(story, { siteUrl: site.url, entry });
  return entry;
}

function buildStoryEntry(story: Story, site: SiteUrls): FeedEntry {
  const url = absoluteUrl(story.url, site.url);
  const image = story.image && { url: absoluteUrl(story.image.src, site.url), alt: story.image.alt };
  const imageHtml = image ? `<p><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}"></p>` : '';
  return {
    id: storyEntryId(site.url, story.id),
    url,
    title: story.title,
    summary: story.summary,
    contentHtml: imageHtml + bodyHtml(story, url, site.url) + correctionsHtml(story) + sourcesHtml(story.sources),
    published: story.published,
    updated: lastChange(story),
    authors: story.authors,
    categories: [story.section, ...story.tags].map((taxon) => ({ name: taxon.name, url: absoluteUrl(taxon.url, site.url) })),
    image,
  };
}

/**
 * A daily issue as one feed item whose content is the newsletter: the lead, then each
 * section's stories with headline, summary, sources and a link to the story. `closedAt`, when
 * given, dates the item (see closed-issues.ts); else its first story does.
 */
export function issueEntry(issue: DailyIssue, site: Pick<SiteConfig, 'url' | 'author'>, closedAt?: NewsroomDate): FeedEntry {
  const link = (path: string): string => absoluteUrl(path, site.url);
  const storyHtml = (story: Story, heading: 'h2' | 'h3'): string =>
    `<${heading}><a href="${escapeHtml(link(story.url))}">${escapeHtml(story.title)}</a></${heading}>` +
    `<p>${escapeHtml(story.summary)}</p>` +
    sourcesHtml(story.sources);
  const sectionsHtml = issue.sections.map(
    (group) =>
      `<h2><a href="${escapeHtml(link(group.section.url))}">${escapeHtml(group.section.name)}</a></h2>` +
      group.stories.map((story) => storyHtml(story, 'h3')).join(''),
  );
  const published = closedAt ?? issue.stories.reduce((first, story) => (story.published.epochMs < first.epochMs ? story.published : first), issue.lead.published);
  const updated = issue.stories.map(lastChange).reduce((last, date) => (date.epochMs > last.epochMs ? date : last), published);
  const others = issue.stories.length - 1;
  return {
    id: issueEntryId(site.url, issue.day),
    url: link(issue.url),
    title: `Issue ${issue.number}, ${issue.date.longDate}: ${issue.lead.title}`,
    summary: others > 0 ? `${issue.lead.title}, and ${others} more ${others === 1 ? 'story' : 'stories'}.` : issue.lead.title,
    contentHtml: `<p><strong>Lead story</strong></p>${storyHtml(issue.lead, 'h2')}${sectionsHtml.join('')}`,
    published,
    updated,
    authors: [site.author],
    categories: [],
    image: undefined,
  };
}

/**
 * The story text as a feed carries it: links absolute, and an editor's raw HTML through the
 * sanitizer (Markdown's own output holds nothing that runs, and sanitizing every story cost
 * as much as the rest of its feed entry).
 */
function bodyHtml(story: Story, pageUrl: string, siteUrl: string): string {
  const html = absolutizeHtml(story.html, pageUrl, siteUrl);
  return story.rawHtml ? readerSafeHtml(html) : html;
}

export function lastChange(story: Story): NewsroomDate {
  return story.updated ?? story.published;
}

function sourcesHtml(sources: readonly Link[]): string {
  if (sources.length === 0) return '';
  const links = sources.map((source) => `<a href="${escapeHtml(source.url)}">${escapeHtml(source.name)}</a>`);
  return `<p>Sources: ${links.join(', ')}</p>`;
}

/** The corrections under the text, as the story page prints them; readers see why the item changed. */
function correctionsHtml(story: Story): string {
  return story.corrections
    .map((entry) => `<p><strong>Correction, ${escapeHtml(entry.label)}:</strong> ${escapeHtml(entry.text)}</p>`)
    .join('');
}

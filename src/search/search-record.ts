import escapeHtml from 'escape-html';
import type { Story } from '../content/story.ts';

/**
 * The page Pagefind indexes for a story: its headline, the editor's summary, byline and body,
 * without the site's chrome. A summary the build extracted is sentences of the body: indexed
 * twice, it would cost indexing time and count its words double. Built from the model rather
 * than read back from dist/, so indexing can run before Eleventy writes pages, and a part of
 * the index whose records did not change is reused as it is.
 */
export function searchRecordHtml(story: Story, language: string): string {
  const byline = [story.byline, story.published.longDate].filter(Boolean).map(escapeHtml).join(' · ');
  const summary = story.summarySource === 'editor' ? `<p>${escapeHtml(story.summary)}</p>` : '';
  return [
    `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(story.title)}</title></head>`,
    `<body><main data-pagefind-body><h1>${escapeHtml(story.title)}</h1>`,
    `${summary}<p>${byline}</p>`,
    story.html,
    '</main></body></html>\n',
  ].join('');
}

/** Where the record goes in the folder Pagefind reads: its path there becomes the result's URL. */
export function searchRecordPath(story: Story): string {
  return `${story.url.replace(/^\/+/, '')}index.html`;
}

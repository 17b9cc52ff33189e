import escapeHtml from 'escape-html';
import type { Story } from '../content/story.ts';

/**
 * The page Pagefind indexes for a story: its headline, summary, byline and body, as on the
 * story page's data-pagefind-body, without the site's chrome. Built from the model rather
 * than read back from dist/, so indexing can run while Eleventy is still writing pages,
 * and a part of the index whose records did not change is reused as it is.
 */
export function searchRecordHtml(story: Story, language: string): string {
  const byline = [story.byline, story.published.longDate].filter(Boolean).map(escapeHtml).join(' · ');
  return [
    `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(story.title)}</title></head>`,
    `<body><main data-pagefind-body><h1>${escapeHtml(story.title)}</h1>`,
    `<p>${escapeHtml(story.summary)}</p><p>${byline}</p>`,
    story.html,
    '</main></body></html>\n',
  ].join('');
}

/** Where the record goes in the folder Pagefind reads: its path there becomes the result's URL. */
export function searchRecordPath(story: Story): string {
  return `${story.url.replace(/^\/+/, '')}index.html`;
}

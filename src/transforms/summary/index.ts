import { stripBoilerplate } from './boilerplate.ts';
import { storyParagraphs } from './html-paragraphs.ts';
import { resolveSummaryOptions, type SummaryOptions } from './options.ts';
import { selectUnits, unitsSuffice } from './select.ts';
import { storyUnits } from './units.ts';

export { DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from './options.ts';
export { storyParagraphs } from './html-paragraphs.ts';
export { paragraphsOfTokens } from './token-paragraphs.ts';
export { stripBoilerplate } from './boilerplate.ts';
export { splitSentences } from './sentences.ts';
export { storySentences } from './units.ts';
export { dek } from './dek.ts';

/** Summarises paragraphs that are already plain text and free of boilerplate. */
export function summarizeParagraphs(paragraphs: readonly string[], options: Partial<SummaryOptions> = {}): string {
  const resolved = resolveSummaryOptions(options);
  return selectUnits(storyUnits(paragraphs, unitsSuffice), resolved).map((unit) => unit.text).join(' ');
}

/** the whole pipeline from rendered HTML to summary text (plain text, not HTML-escaped) */
export function summarizeHtml(html: string, options: Partial<SummaryOptions> = {}): string {
  return summarizeParagraphs(stripBoilerplate(storyParagraphs(html)), options);
}

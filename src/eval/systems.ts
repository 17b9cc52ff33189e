import { renderMarkdown } from '../transforms/markdown.ts';
import { storyParagraphs, storySentences, stripBoilerplate, type SummaryOptions } from '../transforms/summary/index.ts';
import { summarizeParagraphs } from '../transforms/summary/index.ts';

/** A summarizer under evaluation: story text (Markdown or plain) in, summary text out. */
export type SummarySystem = (storyText: string) => string;

/**
 * Plain text with no blank line anywhere is one paragraph a line, as XSum and CNN/DM's story files
 * lay it out; Markdown would join such lines into one paragraph and glue a notice without a full
 * stop ("Media playback is not supported on this device") to the sentence after it.
 */
export function asMarkdown(storyText: string): string {
  return /\n[ \t]*\n/.test(storyText) ? storyText : storyText.replace(/\r?\n/g, '\n\n');
}

/** The story's own paragraphs as every system sees them, so baselines and summarizer start from the same text. */
export function storyTextParagraphs(storyText: string): string[] {
  return stripBoilerplate(storyParagraphs(renderMarkdown(asMarkdown(storyText))));
}

/** Lead-N: the first N sentences of the stripped story, junk and repeated sentences left out as the summarizer leaves them. */
export function leadBaseline(sentenceCount: number): SummarySystem {
  return (storyText) => storySentences(storyTextParagraphs(storyText)).slice(0, sentenceCount).join(' ');
}

export function summarizerSystem(options: Partial<SummaryOptions> = {}): SummarySystem {
  return (storyText) => summarizeParagraphs(storyTextParagraphs(storyText), options);
}

import { renderMarkdown } from '../transforms/markdown.ts';
import { splitSentences, storyParagraphs, storySentences, stripBoilerplate, type SummaryOptions } from '../transforms/summary/index.ts';
import { summarizeParagraphs } from '../transforms/summary/index.ts';

/** A summarizer under evaluation: story text (Markdown or plain) in, summary text out. */
export type SummarySystem = (storyText: string) => string;

/**
 * Which text Lead-N takes its first sentences from. "raw" is the standard baseline that published
 * figures quote: the story's sentences as they stand, bylines, captions and prompts included.
 * "cleaned" takes them after the summarizer's own cleaning (boilerplate, datelines, junk sentences
 * and repeats removed), a stronger baseline that isolates the choice of sentences from the cleaning.
 */
export type LeadText = 'raw' | 'cleaned';

/**
 * Plain text with no blank line anywhere is one paragraph a line, as XSum and CNN/DM's story files
 * lay it out; Markdown would join such lines into one paragraph and glue a notice without a full
 * stop ("Media playback is not supported on this device") to the sentence after it.
 */
export function asMarkdown(storyText: string): string {
  return /\n[ \t]*\n/.test(storyText) ? storyText : storyText.replace(/\r?\n/g, '\n\n');
}

/** The story's paragraphs as plain text, nothing removed. */
export function rawTextParagraphs(storyText: string): string[] {
  return storyParagraphs(renderMarkdown(asMarkdown(storyText)));
}

/** The story's own paragraphs as the summarizer sees them. */
export function storyTextParagraphs(storyText: string): string[] {
  return stripBoilerplate(rawTextParagraphs(storyText));
}

/** Lead-N: the story's first N sentences, from the raw or the cleaned text (see LeadText). */
export function leadBaseline(sentenceCount: number, text: LeadText = 'raw'): SummarySystem {
  if (text === 'cleaned') return (storyText) => storySentences(storyTextParagraphs(storyText)).slice(0, sentenceCount).join(' ');
  return (storyText) => rawTextParagraphs(storyText).flatMap(splitSentences).slice(0, sentenceCount).join(' ');
}

export function summarizerSystem(options: Partial<SummaryOptions> = {}): SummarySystem {
  return (storyText) => summarizeParagraphs(storyTextParagraphs(storyText), options);
}

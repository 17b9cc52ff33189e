import { renderMarkdown } from '../transforms/markdown.ts';
import { storyParagraphs, storySentences, stripBoilerplate, type SummaryOptions } from '../transforms/summary/index.ts';
import { summarizeParagraphs } from '../transforms/summary/index.ts';

/** A summarizer under evaluation: story text (Markdown or plain) in, summary text out. */
export type SummarySystem = (storyText: string) => string;

/** The story's own paragraphs as every system sees them, so baselines and summarizer start from the same text. */
export function storyTextParagraphs(storyText: string): string[] {
  return stripBoilerplate(storyParagraphs(renderMarkdown(storyText)));
}

/** Lead-N: the first N sentences of the stripped story, junk and repeated sentences left out as the summarizer leaves them. */
export function leadBaseline(sentenceCount: number): SummarySystem {
  return (storyText) => storySentences(storyTextParagraphs(storyText)).slice(0, sentenceCount).join(' ');
}

export function summarizerSystem(options: Partial<SummaryOptions> = {}): SummarySystem {
  return (storyText) => summarizeParagraphs(storyTextParagraphs(storyText), options);
}

import { contentTerms } from './centrality.ts';
import { hasBalancedQuotes } from './quotes.ts';
import { createSentenceSieve, paragraphSentences } from './sentence-sieve.ts';
import { countWords } from './words.ts';

/**
 * The smallest piece a summary may take: one sentence, or several when a quotation runs across them
 * (`“We are ready. We are confident,” she said.`), so a summary never opens a quote it does not close.
 */
export interface SentenceUnit {
  text: string;
  sentenceCount: number;
  words: number;
  /** Order in the story, used as the lead prior and to keep the summary in story order. */
  position: number;
  balanced: boolean;
  /** Content terms of its sentences, worked out once for the repeat check and reused for centrality. */
  terms: readonly string[];
}

const MAX_SENTENCES_PER_QUOTE = 4;

/**
 * A paragraph's units, numbered from firstPosition (the count of units before the paragraph);
 * `keep` drops sentences (junk, repeats) before they are joined into units.
 */
export function paragraphUnits(
  paragraph: string,
  firstPosition = 0,
  keep: (sentence: string, terms: readonly string[]) => boolean = () => true,
): SentenceUnit[] {
  const kept = paragraphSentences(paragraph)
    .map((sentence) => ({ sentence, terms: contentTerms(sentence) }))
    .filter(({ sentence, terms }) => keep(sentence, terms));
  const sentences = kept.map(({ sentence }) => sentence);
  const units: SentenceUnit[] = [];
  let index = 0;
  while (index < sentences.length) {
    let take = 1;
    let text = sentences[index] ?? '';
    while (!hasBalancedQuotes(text) && take < MAX_SENTENCES_PER_QUOTE && index + take < sentences.length) {
      text = `${text} ${sentences[index + take] ?? ''}`;
      take += 1;
    }
    const balanced = hasBalancedQuotes(text);
    // An unclosed quote that cannot be repaired stays a single sentence, marked unusable.
    if (!balanced) {
      text = sentences[index] ?? '';
      take = 1;
    }
    const terms = kept.slice(index, index + take).flatMap((sentence) => sentence.terms);
    units.push({ text, sentenceCount: take, words: countWords(text), position: firstPosition + units.length, balanced, terms });
    index += take;
  }
  return units;
}

/**
 * The story's units in order, split paragraph by paragraph until `enough` says the units so far
 * suffice (checked after each paragraph), so a caller needing only the opening skips the rest.
 */
export function storyUnits(paragraphs: readonly string[], enough: (units: readonly SentenceUnit[]) => boolean = () => false): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  const keep = createSentenceSieve();
  for (const paragraph of paragraphs) {
    units.push(...paragraphUnits(paragraph, units.length, keep));
    if (enough(units)) break;
  }
  return units;
}

/** The story's sentences in order, without junk and repeats: what Lead-N baselines take from. */
export function storySentences(paragraphs: readonly string[]): string[] {
  const keep = createSentenceSieve();
  return paragraphs.flatMap((paragraph) => paragraphSentences(paragraph).filter((sentence) => keep(sentence, contentTerms(sentence))));
}

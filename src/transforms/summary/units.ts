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
  /**
   * Part of a list a lead-in introduced ("the two sides remain apart on a handful of issues:"), or
   * that lead-in itself: an item ("Whether to include a supplemental request …") is not a sentence
   * a reader can take alone.
   */
  listed: boolean;
}

const MAX_SENTENCES_PER_QUOTE = 4;

/** A sentence that introduces what follows it: "… on a handful of issues:". */
const LEAD_IN = /:["”’')]*$/;

/** Longer than this, a one-sentence paragraph after a lead-in reads as prose again, not as a list item. */
const MAX_LIST_ITEM_WORDS = 35;

/**
 * Whether a paragraph is an item of a list the paragraph before introduced. The paragraphs reach
 * the summarizer as plain text, so a list is known by its shape: after a lead-in, each short
 * paragraph of a single sentence continues it, until a longer one or one of more sentences.
 */
function continuesList(previous: { leadIn: boolean; listed: boolean }, sentences: readonly string[]): boolean {
  return (previous.leadIn || previous.listed) && sentences.length === 1 && countWords(sentences[0] ?? '', MAX_LIST_ITEM_WORDS + 1) <= MAX_LIST_ITEM_WORDS;
}

/**
 * A paragraph's units, numbered from firstPosition (the count of units before the paragraph);
 * `keep` drops sentences (junk, repeats) before they are joined into units.
 */
export function paragraphUnits(
  paragraph: string,
  firstPosition = 0,
  keep: (sentence: string, terms: readonly string[]) => boolean = () => true,
): SentenceUnit[] {
  return unitsOfSentences(paragraphSentences(paragraph), firstPosition, keep, false);
}

function unitsOfSentences(
  paragraphSentenceList: readonly string[],
  firstPosition: number,
  keep: (sentence: string, terms: readonly string[]) => boolean,
  listed: boolean,
): SentenceUnit[] {
  const kept = paragraphSentenceList
    .map((sentence) => ({ sentence, terms: contentTerms(sentence) }))
    .filter(({ sentence, terms }) => keep(sentence, terms));
  const sentences = kept.map(({ sentence }) => sentence);
  const units: SentenceUnit[] = [];
  let index = 0;
  while (index < sentences.length) {
    let take = 1;
    let text = sentences[index] ?? '';
    let balanced = hasBalancedQuotes(text);
    while (!balanced && take < MAX_SENTENCES_PER_QUOTE && index + take < sentences.length) {
      text = `${text} ${sentences[index + take] ?? ''}`;
      take += 1;
      balanced = hasBalancedQuotes(text);
    }
    // An unclosed quote that cannot be repaired stays a single sentence, marked unusable.
    if (!balanced) {
      text = sentences[index] ?? '';
      take = 1;
    }
    const terms = take === 1 ? (kept[index]?.terms ?? []) : kept.slice(index, index + take).flatMap((sentence) => sentence.terms);
    units.push({
      text, sentenceCount: take, words: countWords(text), position: firstPosition + units.length, balanced, terms,
      listed: listed || LEAD_IN.test(text),
    });
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
  let previous = { leadIn: false, listed: false };
  for (const paragraph of paragraphs) {
    const sentences = paragraphSentences(paragraph);
    const listed = continuesList(previous, sentences);
    units.push(...unitsOfSentences(sentences, units.length, keep, listed));
    previous = { leadIn: LEAD_IN.test(paragraph), listed };
    if (enough(units)) break;
  }
  return units;
}

/** The story's sentences in order, without junk and repeats: what Lead-N baselines take from. */
export function storySentences(paragraphs: readonly string[]): string[] {
  const keep = createSentenceSieve();
  return paragraphs.flatMap((paragraph) => paragraphSentences(paragraph).filter((sentence) => keep(sentence, contentTerms(sentence))));
}

import { BOILERPLATE_RULES, COUNTED_WORDS, PROMO_BLOCK_START, PROMO_BLOCK_TAIL_PARAGRAPHS } from './boilerplate-rules.ts';
import { stripCreditHeader } from './credit-header.ts';
import { stripDateline } from './dateline.ts';
import { stripInlineNoise } from './inline-noise.ts';
import { countWords } from './words.ts';

export function isBoilerplate(paragraph: string): boolean {
  const wordCount = countWords(paragraph, COUNTED_WORDS);
  return BOILERPLATE_RULES.some((rule) => rule.matches(paragraph, wordCount));
}

/** Index where a trailing promo block starts, or the paragraph count when there is none. */
function trailingPromoStart(paragraphs: readonly string[]): number {
  const firstTailIndex = Math.max(1, paragraphs.length - PROMO_BLOCK_TAIL_PARAGRAPHS);
  for (let index = firstTailIndex; index < paragraphs.length; index += 1) {
    if (PROMO_BLOCK_START.test(paragraphs[index] ?? '')) return index;
  }
  return paragraphs.length;
}

/** drops promo/byline/boilerplate paragraphs and strips datelines; returns the story's own paragraphs */
export function stripBoilerplate(paragraphs: string[]): string[] {
  const story = paragraphs.slice(0, trailingPromoStart(paragraphs));
  const kept: string[] = [];
  for (const paragraph of story) {
    // Only the story's opening paragraph carries credits and a dateline; later "WORD —" openings are prose.
    const opening = kept.length === 0;
    const cleaned = opening ? stripCreditHeader(stripInlineNoise(paragraph)) : stripInlineNoise(paragraph);
    if (!cleaned || isBoilerplate(cleaned)) continue;
    const text = opening ? stripDateline(cleaned) : cleaned;
    if (text) kept.push(text);
  }
  return kept;
}

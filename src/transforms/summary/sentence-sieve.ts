import { PICTURE_POSITION, isJunkSentence } from './sentence-junk-rules.ts';
import { splitSentences } from './sentences.ts';

/** "Scroll down for video" and its stray " ." run straight into the next sentence in scraped copy. */
const VIDEO_PROMPT = /\s*\bscroll\s+down\s+for\s+(?:the\s+)?video\b\s*\.?/gi;

/**
 * A caption that ends at its picture position, glued to the sentence after it: "… business (right) After treatment …".
 * The capital that opens the next sentence is checked outside the pattern: under the i flag, \p{Lu} matches
 * lower case too, and "Vanessa (left) and Virna (center), says …" was cut in two.
 */
const GLUED_CAPTION_END = new RegExp(`(${PICTURE_POSITION.source})\\s+(?=["“‘']?(\\p{L}))`, 'giu');

function cutGluedCaptions(text: string): string {
  return text.replace(GLUED_CAPTION_END, (whole: string, caption: string, letter: string) => (letter === letter.toLowerCase() ? whole : `${caption}\n`));
}

/** Share of content terms two sentences must have in common to count as the same sentence said twice. */
const NEAR_DUPLICATE = 0.8;

/** Sentences of a paragraph, with glued captions cut loose so they can be recognised and dropped. */
export function paragraphSentences(paragraph: string): string[] {
  let text = paragraph;
  if (/scroll/i.test(text)) text = text.replace(VIDEO_PROMPT, ' ').trim();
  if (!text.includes('(')) return splitSentences(text);
  return cutGluedCaptions(text).split('\n').flatMap(splitSentences);
}

/**
 * A filter for one story's sentences, in story order, given each with its contentTerms: false for page furniture (see
 * sentence-junk-rules.ts) and for a sentence the story already said, nearly word for word.
 * Shared terms are counted through an index from term to the kept sentences that have it.
 */
export function createSentenceSieve(): (sentence: string, sentenceTerms: readonly string[]) => boolean {
  const sentencesWithTerm = new Map<string, number[]>();
  const sizes: number[] = [];
  return (sentence, sentenceTerms) => {
    if (isJunkSentence(sentence)) return false;
    const terms = new Set(sentenceTerms);
    if (terms.size >= 3) {
      const shared = new Map<number, number>();
      for (const term of terms) for (const earlier of sentencesWithTerm.get(term) ?? []) shared.set(earlier, (shared.get(earlier) ?? 0) + 1);
      for (const [earlier, count] of shared) {
        if (count / Math.min(terms.size, sizes[earlier] ?? 1) >= NEAR_DUPLICATE) return false;
      }
    }
    const index = sizes.length;
    sizes.push(terms.size);
    for (const term of terms) {
      const list = sentencesWithTerm.get(term);
      if (list) list.push(index);
      else sentencesWithTerm.set(term, [index]);
    }
    return true;
  };
}

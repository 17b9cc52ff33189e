import { contentTerms } from './centrality.ts';
import { PICTURE_POSITION, isJunkSentence } from './sentence-junk-rules.ts';
import { splitSentences } from './sentences.ts';

/** "Scroll down for video" and its stray " ." run straight into the next sentence in scraped copy. */
const VIDEO_PROMPT = /\s*\bscroll\s+down\s+for\s+(?:the\s+)?video\b\s*\.?/gi;

/** A caption that ends at its picture position, glued to the sentence after it: "… business (right) After treatment …". */
const GLUED_CAPTION_END = new RegExp(`(${PICTURE_POSITION.source})\\s+(?=["“‘']?[\\p{Lu}])`, 'giu');

/** Share of content terms two sentences must have in common to count as the same sentence said twice. */
const NEAR_DUPLICATE = 0.8;

/** Sentences of a paragraph, with glued captions cut loose so they can be recognised and dropped. */
export function paragraphSentences(paragraph: string): string[] {
  let text = paragraph;
  if (/scroll/i.test(text)) text = text.replace(VIDEO_PROMPT, ' ').trim();
  if (!text.includes('(')) return splitSentences(text);
  return text.replace(GLUED_CAPTION_END, '$1\n').split('\n').flatMap(splitSentences);
}

function overlap(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const term of left) if (right.has(term)) shared += 1;
  return shared / Math.min(left.size, right.size);
}

/**
 * A filter for one story's sentences, in story order: false for page furniture (see
 * sentence-junk-rules.ts) and for a sentence the story already said, nearly word for word.
 */
export function createSentenceSieve(): (sentence: string) => boolean {
  const seen: Set<string>[] = [];
  return (sentence) => {
    if (isJunkSentence(sentence)) return false;
    const terms = new Set(contentTerms(sentence));
    if (terms.size >= 3 && seen.some((earlier) => overlap(terms, earlier) >= NEAR_DUPLICATE)) return false;
    seen.push(terms);
    return true;
  };
}

import { countWords } from './summary/words.ts';

/** Adult silent reading speed for non-fiction prose, the figure most reading-time widgets use. */
export const WORDS_PER_MINUTE = 230;

export interface ReadingStats {
  words: number;
  minutes: number;
}

/** Word count and whole minutes to read plain text; never less than one minute, so layouts never show "0 min". */
export function readingStats(text: string): ReadingStats {
  const words = countWords(text);
  return { words, minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}

/** From a token's first letter or digit to its end: one match per word, found without scanning its leading punctuation. */
const WORD_TOKEN = /[\p{L}\p{N}]\S*/gu;

/** A word is a whitespace-separated token with at least one letter or digit, so a lone "—" is not counted. */
export function countWords(text: string): number {
  return text.match(WORD_TOKEN)?.length ?? 0;
}

const WHITESPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;
/** Whitespace a collapsed text cannot have: most paragraphs have none, and testing is far cheaper than replacing. */
const UNCOLLAPSED = /[^\S ]|\u200b| {2}/;

export function normalizeWhitespace(text: string): string {
  const trimmed = text.trim();
  return UNCOLLAPSED.test(trimmed) ? trimmed.replace(WHITESPACE_RUN, ' ').trim() : trimmed;
}

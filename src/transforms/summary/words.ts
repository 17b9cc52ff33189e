const WORD_TOKEN = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** A word is a whitespace-separated token with at least one letter or digit, so a lone "—" is not counted. */
export function countWords(text: string): number {
  return text.match(WORD_TOKEN)?.length ?? 0;
}

export function normalizeWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

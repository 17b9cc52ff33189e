const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What a regular expression's \s matches outside ASCII. */
const NON_ASCII_SPACE = /\s/;

function isSpace(code: number, text: string, index: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  // Only here is the character made a string: indexing text that holds any non-Latin-1 character makes a new one each time.
  return NON_ASCII_SPACE.test(text[index] ?? '');
}

function isLetterOrDigit(code: number, text: string, index: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

/**
 * A word is a whitespace-separated token with at least one letter or digit, so a lone "—" is not
 * counted. Counting stops at `limit`: a caller that only asks "at most N words?" need not read on.
 * A character loop, because every story's every paragraph is counted and a Unicode pattern over
 * the whole text costs several times as much.
 */
export function countWords(text: string, limit = Infinity): number {
  let count = 0;
  let tokenCounted = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isSpace(code, text, index)) {
      tokenCounted = false;
    } else if (!tokenCounted && isLetterOrDigit(code, text, index)) {
      tokenCounted = true;
      count += 1;
      if (count >= limit) return count;
    }
  }
  return count;
}

const WHITESPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;
/** Whitespace a collapsed text cannot have: most paragraphs have none, and testing is far cheaper than replacing. */
const UNCOLLAPSED = /[^\S ]|\u200b| {2}/;

export function normalizeWhitespace(text: string): string {
  const trimmed = text.trim();
  return UNCOLLAPSED.test(trimmed) ? trimmed.replace(WHITESPACE_RUN, ' ').trim() : trimmed;
}

/**
 * Double quotes are checked for balance. Single curly quotes are checked more loosely, because ’
 * is also the apostrophe: every opening ‘ (other than the elision in ‘90s) needs a ’ after it that
 * is not inside a word (it’s, O’Brien), the way a quotation closes: ‘We won.’ or the players’ union.
 */
export function hasBalancedQuotes(text: string): boolean {
  let depth = 0;
  let straight = 0;
  let singleOpen = 0;
  // “ ” ‘ ’ and " are single UTF-16 code units, so a code-unit loop sees each of them exactly once.
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '“') depth += 1;
    else if (char === '”') {
      depth -= 1;
      if (depth < 0) return false;
    } else if (char === '"') straight += 1;
    else if (char === '‘') {
      if (!/\d/.test(text[index + 1] ?? '')) singleOpen += 1;
    } else if (char === '’' && singleOpen > 0 && !/[\p{L}\p{N}]/u.test(text[index + 1] ?? '')) singleOpen -= 1;
  }
  return depth === 0 && straight % 2 === 0 && singleOpen === 0;
}

/**
 * Double quotes are checked for balance. Single curly quotes are checked more loosely, because ’
 * is also the apostrophe: every opening ‘ (other than the elision in ‘90s) needs a ’ after it that
 * is not inside a word (it’s, O’Brien), the way a quotation closes: ‘We won.’ or the players’ union.
 * A straight ' that opens a word is held to the same rule (see opensWord).
 */
export function hasBalancedQuotes(text: string): boolean {
  let depth = 0;
  let straight = 0;
  let singleOpen = 0;
  // “ ” ‘ ’ and " are single UTF-16 code units, so a code-unit loop sees each of them exactly once.
  // Compared as codes: indexing a string that holds them makes a new one-character string each time.
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === LEFT_DOUBLE) depth += 1;
    else if (code === RIGHT_DOUBLE) {
      depth -= 1;
      if (depth < 0) return false;
    } else if (code === STRAIGHT_DOUBLE) straight += 1;
    else if (code === LEFT_SINGLE) {
      if (!/\d/.test(text[index + 1] ?? '')) singleOpen += 1;
    } else if (code === RIGHT_SINGLE && singleOpen > 0 && !/[\p{L}\p{N}]/u.test(text[index + 1] ?? '')) singleOpen -= 1;
    else if (code === STRAIGHT_SINGLE) {
      if (opensWord(text, index)) singleOpen += 1;
      else if (singleOpen > 0 && !/[\p{L}\p{N}]/u.test(text[index + 1] ?? '')) singleOpen -= 1;
    }
  }
  return depth === 0 && straight % 2 === 0 && singleOpen === 0;
}

/**
 * A straight ' before a word, after a space or at the start (said: 'Jarryd …): the renderer's
 * typographer turns every quotation it can pair into ‘ ’, so one left straight opens a quotation
 * that does not close in its paragraph (Daily Mail copy that lost the closing mark).
 */
function opensWord(text: string, index: number): boolean {
  return (index === 0 || /[\s([“‘"]/.test(text[index - 1] ?? '')) && /\p{L}/u.test(text[index + 1] ?? '');
}

const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const STRAIGHT_DOUBLE = 0x22;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const STRAIGHT_SINGLE = 0x27;

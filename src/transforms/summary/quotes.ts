/**
 * Double quotes are checked for balance; single curly quotes are left alone because ’ is also the
 * apostrophe and cannot be told apart from a closing quote without parsing.
 */
export function hasBalancedQuotes(text: string): boolean {
  let depth = 0;
  let straight = 0;
  // “ ” and " are single UTF-16 code units, so a code-unit loop sees each of them exactly once.
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '“') depth += 1;
    else if (char === '”') {
      depth -= 1;
      if (depth < 0) return false;
    } else if (char === '"') straight += 1;
  }
  return depth === 0 && straight % 2 === 0;
}

/**
 * Double quotes are checked for balance; single curly quotes are left alone because ’ is also the
 * apostrophe and cannot be told apart from a closing quote without parsing.
 */
export function hasBalancedQuotes(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '“') depth += 1;
    else if (char === '”') {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  const straight = (text.match(/"/g) ?? []).length;
  return depth === 0 && straight % 2 === 0;
}

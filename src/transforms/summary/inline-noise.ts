/**
 * Credits and links that sit inside a story paragraph without being part of its sentences, each
 * with a character it cannot match without: most paragraphs lack it and skip the pattern's scan.
 */
const INLINE_NOISE: ReadonlyArray<{ pattern: RegExp; needs: string }> = [
  { pattern: /\s*\((?:AP|AFP|Reuters|EPA|Getty|Pool)\s+Photo[^)]*\)/gi, needs: '(' },
  { pattern: /\s*\((?:Photo|Image|Credit)s?\s*(?::|by)[^)]*\)/gi, needs: '(' },
  { pattern: /\s*\[(?:Photo|Image|Credit)s?\s*(?::|by)[^\]]*\]/gi, needs: '[' },
  { pattern: /\s*(?:https?:\/\/)?pic\.twitter\.com\/\w+/gi, needs: '/' },
  // A review's publisher-and-price box left before the text once its heading is gone: "(Robinson £9.99) For years …".
  { pattern: /\((?:[^()]{1,40}\s)?[£$€]\s?\d+(?:[.,]\d{2})?\)\s*(?=[\p{Lu}“"‘'])/gu, needs: ')' },
  // A line break after a colon, scraped as " . ": "called for the creation of: . “…a National University".
  { pattern: /(?<=:)\s+\.(?=\s|$)/g, needs: ': .' },
];

export function stripInlineNoise(paragraph: string): string {
  let cleaned = paragraph;
  for (const { pattern, needs } of INLINE_NOISE) {
    if (cleaned.includes(needs)) cleaned = cleaned.replace(pattern, '');
  }
  return cleaned.trim();
}

/** Credits and links that sit inside a story paragraph without being part of its sentences. */
const INLINE_NOISE: readonly RegExp[] = [
  /\s*\((?:AP|AFP|Reuters|EPA|Getty|Pool)\s+Photo[^)]*\)/gi,
  /\s*\((?:Photo|Image|Credit)s?\s*(?::|by)[^)]*\)/gi,
  /\s*\[(?:Photo|Image|Credit)s?\s*(?::|by)[^\]]*\]/gi,
  /\s*(?:https?:\/\/)?pic\.twitter\.com\/\w+/gi,
];

export function stripInlineNoise(paragraph: string): string {
  let cleaned = paragraph;
  for (const pattern of INLINE_NOISE) cleaned = cleaned.replace(pattern, '');
  return cleaned.trim();
}

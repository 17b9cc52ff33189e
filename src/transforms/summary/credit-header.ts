/**
 * Scraped tabloid copy opens with its credits flattened into the text, each piece closed by a
 * stray " . ": "By . Jane Doe . PUBLISHED: . 10:02 EST, 3 May 2021 . | . UPDATED: . 11:40 EST, 3 May 2021 . The …".
 * The byline paragraph rule never sees it because the story's first sentence follows on the same line.
 */

/** One " . "-closed piece of a byline: a short run of names ("Jane Doe", "and . John Roe", "Daily Mail Reporter"). */
const NAME_PIECE = /^(?:(?:and|for|&)\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:[\p{Lu}][\p{L}'’-]*|and|for|of|the|de|van|von|&)){0,5}\s*\.(?:\s+|$)/u;
const CONJUNCTION_PIECE = /^(?:and|&)\s*\.\s+/;
const BY = /^By\s*\.\s+/;
/** "PUBLISHED: . 10:02 EST, 3 May 2021 . | . " and "UPDATED: . …", "Last updated at 3:47 PM on 5th May 2011 . " */
const TIMESTAMP = /^(?:\|\s*\.\s*)?(?:PUBLISHED|UPDATED|Published|Updated|Last updated)(?:\s*:)?[^.|]{0,12}?(?:\s*\.\s*)?[^.|]{0,50}?\b\d{4}\s*\.\s*(?:\|\s*\.\s*)?/;

const MAX_PIECES = 6;

/** Removes a leading "By . Name . PUBLISHED: … ." credit block; text without one comes back unchanged. */
export function stripCreditHeader(paragraph: string): string {
  let rest = paragraph;
  const by = BY.exec(rest);
  if (by) {
    rest = rest.slice(by[0].length);
    for (let piece = 0; piece < MAX_PIECES; piece += 1) {
      if (/^(?:PUBLISHED|UPDATED|Last updated)\b/.test(rest)) break;
      const match = CONJUNCTION_PIECE.exec(rest) ?? NAME_PIECE.exec(rest);
      if (!match) break;
      rest = rest.slice(match[0].length);
    }
  }
  let stamped = false;
  for (let stamp = TIMESTAMP.exec(rest); stamp; stamp = TIMESTAMP.exec(rest)) {
    rest = rest.slice(stamp[0].length);
    stamped = true;
  }
  // A bare "By . Name ." run with no timestamp is only a credit when a sentence follows it, or nothing at all.
  if (!by && !stamped) return paragraph;
  if (by && !stamped && rest !== '' && !/^[\p{Lu}\p{N}“"‘']/u.test(rest)) return paragraph;
  return rest.trim();
}

const MONTH_ABBREVIATION = '(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\\.?';

/** "WASHINGTON", "SAN JUAN", "ST. PAUL": AP-style all-caps place names. */
const CAPS_PLACE = "[A-Z][A-Z.'’-]*(?:\\s+[A-Z][A-Z.'’-]*){0,3}";
/** ", Puerto Rico", ", Calif.", ", D.C." after the place. */
const REGION = "(?:,\\s*[A-Z][\\p{L}.'’]*(?:\\s+[A-Z][\\p{L}.'’]*){0,2})?";
const DATE = `(?:,?\\s*${MONTH_ABBREVIATION}\\s+\\d{1,2})?`;
const AGENCY = '\\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg|dpa|Xinhua|NBC|CBS|ABC|Fox|WSJ|[A-Z][\\p{L}.&\' ]{1,24})\\)';
const DASH = '\\s*(?:—|–|--|-|:)\\s+';
const MIXED_PLACE = "[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,3}";

const DATELINE_PATTERNS: readonly RegExp[] = [
  // WASHINGTON (AP) — / SAN JUAN, Puerto Rico — / LONDON, Jan. 5 (Reuters) -
  new RegExp(`^${CAPS_PLACE}${REGION}${DATE}(?:\\s*${AGENCY})?${DASH}`, 'u'),
  // Washington (AP) — : mixed case needs the agency to be recognisable as a dateline.
  new RegExp(`^${MIXED_PLACE}${REGION}${DATE}\\s*${AGENCY}${DASH}`, 'u'),
  // (CNN) —
  new RegExp(`^${AGENCY}${DASH}`, 'u'),
  // "(CNN)The …", "London (CNN)A …": wire copy that glues the credit to the first word, with no dash at all.
  new RegExp(`^(?:${MIXED_PLACE}${REGION}\\s*)?${AGENCY}(?=[\\p{Lu}\\p{N}“"‘'])`, 'u'),
];

/** Removes a leading dateline and keeps the sentence after it; text without one comes back unchanged. */
export function stripDateline(paragraph: string): string {
  for (const pattern of DATELINE_PATTERNS) {
    const match = pattern.exec(paragraph);
    if (!match) continue;
    const rest = paragraph.slice(match[0].length);
    // The place must be followed by a sentence, and "U.S. — " alone is not a dateline worth losing words over.
    if (/^[\p{Lu}\p{N}“"‘']/u.test(rest) && match[0].replace(/\W/g, '').length >= 2) return rest;
  }
  return paragraph;
}

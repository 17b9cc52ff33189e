/**
 * Each rule recognises one kind of paragraph that is not the story itself. Rules that match
 * phrases anywhere are limited to short paragraphs, so a story *about* a newsletter survives.
 */
export interface BoilerplateRule {
  name: string;
  /**
   * wordCount is passed in because every rule needs it and counting is the costly part. It is
   * exact up to COUNTED_WORDS and COUNTED_WORDS for any longer paragraph: no rule's limit is higher.
   */
  matches(paragraph: string, wordCount: number): boolean;
}

/** One more than the largest word limit of any rule below, so counting can stop there. */
export const COUNTED_WORDS = 81;

const NAME_WORD = /^(?:[A-Z][\p{L}.'’-]*|[A-Z]\.|and|&|\||of|the|de|del|da|van|von|der|la|le|di|bin|al|staff|writer|reporter|correspondent|,)$/u;

function isByline(paragraph: string, wordCount: number): boolean {
  if (wordCount > 16) return false;
  const match = /^by\s+(.+)$/i.exec(paragraph);
  if (!match?.[1]) return false;
  const tokens = match[1].replace(/[,|/]/g, ' , ').replace(/\.$/, '').split(/\s+/).filter(Boolean);
  const capitalised = tokens.filter((token) => /^[A-Z]/.test(token));
  // "By Tuesday, the..." and "By the end of..." are sentences: a byline is a run of names.
  return capitalised.length >= 2 && /^[A-Z]/.test(tokens[0] ?? '') && /^[A-Z]/.test(tokens[1] ?? '')
    && tokens.every((token) => NAME_WORD.test(token));
}

const SHORT = 45;

function shortAndMatches(pattern: RegExp, limit = SHORT): (paragraph: string, wordCount: number) => boolean {
  return (paragraph, wordCount) => wordCount <= limit && pattern.test(paragraph);
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** "— Jane Doe (@janedoe) March 3, 2024", the signature line of a pasted tweet. */
const TWEET_SIGNATURE = new RegExp(`[—–-]\\s*[^()]{1,80}\\(@\\w{1,15}\\)\\s*${MONTH}\\s+\\d{1,2},\\s+\\d{4}`);

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { name: 'byline', matches: isByline },
  {
    name: 'related-link',
    matches: shortAndMatches(
      /^(?:related(?:\s+(?:coverage|stories|articles|content|reading))?|read\s+more|more\s+on\s+this(?:\s+story)?|see\s+also|also\s+read|also\s+on\s+[\w ]+|recommended(?:\s+reading)?|watch|listen|ICYMI|more\s+from\s+[\w ]+|further\s+reading|trending)\s*(?::|[—–-]|»|>)/i,
      60,
    ),
  },
  { name: 'read-more', matches: shortAndMatches(/^read\s+more\b/i, 60) },
  {
    name: 'photo-credit',
    matches: shortAndMatches(
      /^(?:photo(?:graph)?s?|image|picture|credit|photo\s+credit|pictured|top\s+image|video|illustration)\s*(?::|by\b)|(?:\/|\||\bvia\s|\bcredit:?\s)\s*[^/|]{0,60}\b(?:Getty(?:\s+Images)?|AP(?:\s+Photo)?|AFP|Reuters|EPA|Shutterstock|Bloomberg|Alamy|Pool|Handout|Sipa|NurPhoto|Zuma(?:\s+Press)?)\b\W*$|\((?:AP|AFP|Reuters|EPA)\s+Photo\b[^)]*\)\W*$/i,
      35,
    ),
  },
  { name: 'tweet-embed', matches: (paragraph) => TWEET_SIGNATURE.test(paragraph) },
  { name: 'bare-social-link', matches: (paragraph) => /^(?:\S*(?:pic\.twitter\.com|t\.co|instagram\.com|x\.com)\/\S*\s*)+$/i.test(paragraph) },
  {
    name: 'instagram-embed',
    matches: shortAndMatches(/^(?:view this post on instagram|a post shared by\b)|\ba post shared by .{1,80}\(@[\w.]+\)/i, 80),
  },
  {
    name: 'call-to-action',
    matches: shortAndMatches(
      /^(?:sign\s+up|click\s+here|follow\s+us|subscribe|download\s+(?:the|our)\s+app|get\s+the\s+latest|like\s+us\s+on|join\s+(?:us|our)|support\s+(?:our|independent)|don[’']?t\s+miss|share\s+this|get\s+our|advertisement|sponsored|story\s+continues\s+below)|\b(?:sign\s+up\s+for|subscribe\s+now|subscribe\s+to\s+our|click\s+here|follow\s+us\s+on|newsletter\s+of\s+newsletters)\b/i,
    ),
  },
  {
    name: 'follow-on-social',
    matches: shortAndMatches(/^follow\s+[\p{L} .'’-]{1,40}\s+on\s+(?:twitter|x|facebook|instagram|threads|bluesky|tiktok)\b/iu, 30),
  },
  {
    name: 'update-notice',
    matches: shortAndMatches(
      /^(?:this\s+(?:story|article|report|post)\s+(?:has\s+been|was|is\s+being)\s+updated|this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story|updated\s*:|update\s*:|correction\s*:|editor[’']?s\s+note\s*:|clarification\s*:)/i,
      60,
    ),
  },
  {
    name: 'copyright',
    matches: shortAndMatches(/^(?:copyright\b|©)|\ball\s+rights\s+reserved\b|^\(?c\)\s*\d{4}/i, 40),
  },
  {
    name: 'contributor-credit',
    matches: shortAndMatches(/\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)\b[^.]*\.?$/i, 30),
  },
  {
    // A heading, a label or "Advertisement": no sentence ending and too short to carry news.
    name: 'fragment',
    matches: (paragraph, wordCount) => wordCount <= 10 && !/[.!?…]["”’')\]]*$/.test(paragraph),
  },
];

/** Paragraphs that open a trailing promo block ("New: The ... newsletter"); everything after them is promo too. */
export const PROMO_BLOCK_START = /^(?:new|newsletter|sponsored|promoted|partner\s+content|advertisement|more\s+from\s+[\w ]+|from\s+our\s+partners)\s*(?::|[—–|])/i;

/** How close to the end a promo opener must be for the rest of the story to be treated as promo. */
export const PROMO_BLOCK_TAIL_PARAGRAPHS = 4;

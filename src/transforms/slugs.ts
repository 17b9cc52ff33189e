import slugify from '@sindresorhus/slugify';

/**
 * The longest slug a tag, section or story file may give: the slug is a folder name on disk
 * (at most 255 bytes on common file systems) and part of every link to the page.
 */
export const MAX_SLUG_LENGTH = 80;
/** A Unicode slug is written to disk as UTF-8: this many bytes keeps it well under 255. */
const MAX_SLUG_BYTES = 200;

/** Tag and section names repeat across thousands of stories; a slug is worked out once per name. */
const slugs = new Map<string, string>();

/**
 * The URL segment of a name. Latin, Cyrillic, Greek, Arabic and other scripts that can be
 * transliterated give an ASCII slug ("Zürich" -> "zuerich", "Москва" -> "moskva"); a name
 * with letters that cannot (Chinese, Japanese, Korean, Hindi) keeps them, lower-cased, in a
 * Unicode slug ("中文" -> "中文"), which browsers and static servers handle as UTF-8. A name
 * without a letter or digit ("🔥", "..") gives "": slugProblem reports it.
 */
export function slugOf(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = hasLettersSlugifyDrops(text) ? unicodeSlug(text) : slugify(text, { decamelize: false });
    slugs.set(text, slug);
  }
  return slug;
}

/** Why a name cannot give a URL (empty, too long), or undefined when it can. */
export function slugProblem(name: string): string | undefined {
  const slug = slugOf(name);
  if (slug === '') return 'has no letter or digit to make a URL from; use a word or a number in it';
  if (slug.length > MAX_SLUG_LENGTH || Buffer.byteLength(slug) > MAX_SLUG_BYTES) {
    return `gives a URL segment of ${slug.length} characters, over the limit of ${MAX_SLUG_LENGTH}; shorten it`;
  }
  return undefined;
}

/** "stories/2026-11-20-us-troops-iran.md" -> "us-troops-iran": the date is already in the URL. */
export function storySlugFromPath(relativePath: string): string {
  const name = storyNameFromPath(relativePath);
  // A file named by its date alone ("2026-11-20.md") is a story called "story"; a second one that day clashes and is reported.
  return name === '' ? 'story' : slugOf(name);
}

/** The words of a story's file name, without folder, date prefix or extension. */
export function storyNameFromPath(relativePath: string): string {
  const base = relativePath.split('/').pop() ?? relativePath;
  return base.replace(/\.md$/i, '').replace(/^\d{4}-\d{2}-\d{2}[-_]?/, '');
}

/** Whether slugify drops a letter or digit, by character: a script it cannot transliterate. */
const dropsLetter = new Map<string, boolean>();

function hasLettersSlugifyDrops(text: string): boolean {
  // ASCII is always transliterated; most names are ASCII.
  if (/^[\x00-\x7f]*$/.test(text)) return false;
  for (const char of text) {
    let drops = dropsLetter.get(char);
    if (drops === undefined) {
      drops = /[\p{L}\p{N}]/u.test(char) && slugify(char) === '';
      dropsLetter.set(char, drops);
    }
    if (drops) return true;
  }
  return false;
}

function unicodeSlug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

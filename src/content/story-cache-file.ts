import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { FileStat } from './file-stat.ts';
import type { NormalizeResult } from './normalize.ts';
import type { Story, Taxon } from './story.ts';
import { attachTexts, SAME_HTML, STORY_DETAILS, type ShardTextsContent, type StoryDetails } from './story-texts.ts';

/** A story's parse result, and the hash and stat of the file it came from. */
export interface CachedStory {
  textHash: string;
  /** Undefined when the file was too fresh to be known by its stat (see settledStat): it is read and hashed. */
  stat: FileStat | undefined;
  result: NormalizeResult;
}

/** One shard file of the story cache: the stories whose paths hash to it. */
export interface CacheShard {
  /** Everything besides a file's own text that its result depends on (see storyCacheScope). */
  scope: string;
  stories: Record<string, CachedStory>;
}

/**
 * A shard is two files. The entries file is MAGIC, the format version (uint32, big-endian), the
 * sha256 of the payload, then the payload: the v8 serialization of the shard's entries without
 * their stories' HTML and details (story-texts.ts). The texts file is TEXTS_MAGIC, the version,
 * its own sha256, then the byte length of the details (uint32, big-endian), their v8
 * serialization, and the HTML of the shard's stories as one UTF-8 string; the entries hold the
 * texts' checksum, so the two files are only ever read as a pair that was written together.
 *
 * Most of a story's bytes are its HTML, summary and sources, and a build needs them only for
 * the pages it renders and the search parts it indexes: an incremental build of a large archive
 * reads every entries file and the texts of a few shards. A story read from the cache gets its
 * HTML and details on first use.
 *
 * The checksums are what let a read tell a damaged file (a disk error, an edit in place) from a
 * good one: v8 would deserialize most such damage without a complaint and publish whatever it
 * then holds. sha256 rather than a faster non-cryptographic hash: node:crypto's runs on the
 * CPU's SHA instructions, so beside v8's deserialization it adds little. Neither would stop a
 * deliberate forgery, since a checksum sits beside what it covers: the point is damage.
 */
const MAGIC = Buffer.from('DAYBOOK-STORIES\0', 'latin1');
const TEXTS_MAGIC = Buffer.from('DAYBOOK-TEXTS\0\0\0', 'latin1');
const FORMAT_VERSION = 9;
const HEADER_BYTES = MAGIC.length + 4 + 32;

/** A shard's two files, as written, and where each story's HTML is in its texts. */
export interface EncodedShard {
  entries: Buffer;
  texts: Buffer;
  /** The texts file's checksum, as its header and the entries hold it. */
  textsChecksum: string;
}

/** The bytes of the two files holding `shard`. */
export function encodeShard(shard: CacheShard): EncodedShard {
  const { stored, texts, details } = storedShard(shard);
  const detailBytes = serialize(details);
  const detailLength = Buffer.alloc(4);
  detailLength.writeUInt32BE(detailBytes.length);
  const textsFile = withHeader(TEXTS_MAGIC, Buffer.concat([detailLength, detailBytes, Buffer.from(texts, 'utf8')]));
  stored.textsChecksum = headerChecksum(textsFile, TEXTS_MAGIC);
  return { entries: withHeader(MAGIC, serialize(stored)), texts: textsFile, textsChecksum: stored.textsChecksum };
}

/**
 * After `encoded` was written, the stories of `written` (the shard it was encoded from) are
 * replaced, in their results, by the stories of its entries: those read their HTML and details
 * back from the texts file on use instead of holding them, as the stories of any later build
 * do. A cold build of a large archive then does not keep every story's text in memory while it
 * renders.
 */
export function releaseWrittenTexts(encoded: EncodedShard, texts: TextsFileReader, written: CacheShard['stories']): void {
  const decoded = decodeShard(encoded.entries, texts).shard;
  if (decoded === undefined) return;
  for (const relativePath in decoded.stories) {
    const story = decoded.stories[relativePath]?.result.story;
    const result = written[relativePath]?.result;
    if (story !== undefined && result?.story !== undefined) result.story = story;
  }
}

function withHeader(magic: Buffer, payload: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  magic.copy(header, 0);
  header.writeUInt32BE(FORMAT_VERSION, magic.length);
  createHash('sha256').update(payload).digest().copy(header, magic.length + 4);
  return Buffer.concat([header, payload]);
}

/** The payload checksum a file's header holds, as hex. */
function headerChecksum(bytes: Buffer, magic: Buffer): string {
  return bytes.subarray(magic.length + 4, HEADER_BYTES).toString('hex');
}

/** What a shard's entries file holds: a shard, or why not. */
export type ShardDecoding =
  | { shard: CacheShard }
  /** Damaged: the payload does not match its checksum, so none of its stories can be trusted. */
  | { shard: undefined; damaged: true }
  /** Written by an earlier Daybook (another format) or another Node version (another serialization). */
  | { shard: undefined; damaged: false };

/**
 * Raised when a story's HTML is first used and its shard's texts file is missing or is not the
 * one its entries were written with. By then the build has planned its pages from the entries,
 * so it cannot simply parse the stories again: the build starts over without the shard.
 */
export class DamagedStoryTexts extends Error {
  constructor(readonly file: string) {
    super(`Story cache file ${file} is damaged or missing.`);
    this.name = 'DamagedStoryTexts';
    damagedTexts.add(file);
  }
}

/** Texts files found damaged since the last call to takeDamagedTexts. */
const damagedTexts = new Set<string>();

/**
 * The texts files found damaged since the last call, which a build starts over without. Asked
 * for by file rather than found in the error: a template engine may rethrow it as its own.
 */
export function takeDamagedTexts(): string[] {
  const files = [...damagedTexts];
  damagedTexts.clear();
  return files;
}

/**
 * Decodes a shard's entries file; never throws. Its stories' HTML is read from `texts` (the
 * texts file, by name, for messages) when one of them is first used; that read throws
 * DamagedStoryTexts when the file is missing or not the pair of these entries.
 */
export function decodeShard(bytes: Buffer, texts: TextsFileReader): ShardDecoding {
  const payload = verifiedPayload(bytes, MAGIC);
  if (payload === 'other') return { shard: undefined, damaged: false };
  if (payload === 'damaged') return { shard: undefined, damaged: true };
  let stored: StoredShard;
  try {
    stored = deserialize(payload) as StoredShard;
  } catch {
    return { shard: undefined, damaged: false };
  }
  if (
    typeof stored?.textsChecksum !== 'string' ||
    !(stored.columns?.numbers instanceof Float64Array) ||
    !Array.isArray(stored.taxa) ||
    !Array.isArray(stored.days) ||
    typeof stored.filePrefix !== 'string' ||
    !Array.isArray(stored.textLengths)
  ) {
    return { shard: undefined, damaged: false };
  }
  return { shard: restoredShard(stored, texts) };
}

function verifiedPayload(bytes: Buffer, magic: Buffer): Buffer | 'other' | 'damaged' {
  if (bytes.length < magic.length || !bytes.subarray(0, magic.length).equals(magic)) return 'other';
  if (bytes.length < HEADER_BYTES) return 'damaged';
  if (bytes.readUInt32BE(magic.length) !== FORMAT_VERSION) return 'other';
  const checksum = bytes.subarray(magic.length + 4, HEADER_BYTES);
  const payload = bytes.subarray(HEADER_BYTES);
  return createHash('sha256').update(payload).digest().equals(checksum) ? payload : 'damaged';
}

/** A shard's texts file: its path, for messages, and how to read its bytes (undefined when it cannot be read). */
export interface TextsFileReader {
  file: string;
  read: () => Buffer | undefined;
}

/** The shard's texts and details, when its file is the one with `checksum` (the one its entries were written with). */
function readTexts(checksum: string, texts: TextsFileReader): ShardTextsContent {
  const bytes = texts.read();
  if (bytes === undefined) throw new DamagedStoryTexts(texts.file);
  const payload = verifiedPayload(bytes, TEXTS_MAGIC);
  if (typeof payload === 'string' || headerChecksum(bytes, TEXTS_MAGIC) !== checksum) throw new DamagedStoryTexts(texts.file);
  const detailEnd = 4 + payload.readUInt32BE(0);
  return { details: deserialize(payload.subarray(4, detailEnd)) as StoryDetails[], texts: payload.subarray(detailEnd).toString('utf8') };
}

/**
 * A shard as its entries file holds it. Each story holds only the length of its HTML in the
 * shard's texts, which are its stories' HTML in the order of its entries. A read makes each story's
 * HTML a slice of that one string: v8 allocates so large a string outside the young generation
 * and a slice is a small object pointing into it, so the garbage collector does not copy every
 * story's HTML from one space to another as it does with the several KB string of each story.
 * A story whose page prints its HTML unchanged (a site at the root path) does not store it twice.
 */
interface StoredShard {
  scope: string;
  /**
   * The sections and tags of the shard's stories, each once: stories name them by index. A
   * month's stories share a few dozen, and one object each instead of one per story and tag
   * is a third fewer objects to deserialize and collect when a build reads the archive.
   */
  taxa: Taxon[];
  /**
   * The days of the shard's stories, each once, as its day, longDate and shortDate, one after
   * another: stories name them by index, as they do taxa, and share the strings.
   */
  days: string[];
  /**
   * What each story's file name is its path under (the content folder as messages show it), so
   * that a story whose file is that and its path stores neither it nor its id (see DERIVED).
   */
  filePrefix: string;
  /** The sha256 (hex) of the texts file's payload, from its header. */
  textsChecksum: string;
  /** The entries, in columns (see StoredColumns). */
  columns: StoredColumns;
  /**
   * Per story, in the order of the entries: the length of its HTML in the texts, then of its page
   * HTML after it, or -1 when the page prints its HTML unchanged. Kept apart from the stories, so
   * that they hold none of the fields their texts give them (story-texts.ts).
   */
  textLengths: number[];
}

/**
 * A shard's entries as columns of strings and numbers rather than an object per entry: a large
 * archive's publish reads every entries file, and v8 deserializes an array of strings and a
 * typed array several times faster than the same values as objects of a dozen fields each (an
 * object's fields are defined one by one). The decoder then makes each story with one object
 * literal, whose fields the type checker holds to Story's.
 */
interface StoredColumns {
  /**
   * Per entry: its path and text hash; per entry with a story, then: its id, fingerprint, file,
   * slug, url, title and dek, and published's iso and time. An id or file that its path gives is
   * DERIVED.
   */
  strings: string[];
  /**
   * Per entry: its file's size, mtimeMs, ctimeMs and ino (NaN when it has no stat), then 1 when
   * it has a story, else 0; per story, then: its day's index in days, its section's index in taxa, lead and draft (1 or 0),
   * published's epochMs and hasTime (1 or 0), its number of tags and their indexes in taxa.
   */
  numbers: Float64Array;
  /** Per entry, its fields that are empty for most stories (RareFields), or 0 when all are. */
  rare: Array<RareFields | 0>;
}

/**
 * In the strings column, an id or file that the story's path gives (idOfPath, filePrefix): two
 * strings fewer per story for a large archive's publish to read and collect. No story has an
 * empty id or file.
 */
const DERIVED = '';

/** The id a story file's path gives it ("stories/a.md" is "stories/a"). */
function idOfPath(relativePath: string): string | undefined {
  return relativePath.endsWith('.md') ? relativePath.slice(0, -3) : undefined;
}

/** An entry's fields that are empty for most stories. */
interface RareFields {
  problems: NormalizeResult['problems'];
  updated: Story['updated'];
  corrections: Story['corrections'];
  image: Story['image'];
  imagesInText: Story['imagesInText'];
}

/** A story as the entries hold it: without its texts (story-texts.ts). */
type EntryStory = Omit<Story, 'html' | 'pageHtml' | keyof StoryDetails>;

function storedShard(shard: CacheShard): { stored: StoredShard; texts: string; details: StoryDetails[] } {
  const texts: string[] = [];
  const details: StoryDetails[] = [];
  const textLengths: number[] = [];
  const strings: string[] = [];
  const numbers: number[] = [];
  const rare: Array<RareFields | 0> = [];
  const taxa: Taxon[] = [];
  const taxonIndex = new Map<string, number>();
  const days: string[] = [];
  const dayIndex = new Map<string, number>();
  const indexOfDay = ({ day, longDate, shortDate }: Story['published']): number => {
    const key = `${day}\0${longDate}\0${shortDate}`;
    let index = dayIndex.get(key);
    if (index === undefined) {
      index = days.push(day, longDate, shortDate) / 3 - 1;
      dayIndex.set(key, index);
    }
    return index;
  };
  let filePrefix: string | undefined;
  const indexOf = (taxon: Taxon): number => {
    const key = `${taxon.name}\0${taxon.slug}\0${taxon.url}`;
    let index = taxonIndex.get(key);
    if (index === undefined) {
      index = taxa.push({ name: taxon.name, slug: taxon.slug, url: taxon.url }) - 1;
      taxonIndex.set(key, index);
    }
    return index;
  };
  for (const relativePath in shard.stories) {
    const entry = shard.stories[relativePath];
    if (entry === undefined) continue;
    const { stat, result } = entry;
    const story = result.story;
    strings.push(relativePath, entry.textHash);
    numbers.push(stat?.size ?? NaN, stat?.mtimeMs ?? NaN, stat?.ctimeMs ?? NaN, stat?.ino ?? NaN, story === undefined ? 0 : 1);
    const empty = result.problems.length === 0 && (story === undefined || (story.updated === undefined && story.corrections.length === 0 && story.image === undefined && story.imagesInText.length === 0));
    rare.push(
      empty
        ? 0
        : { problems: result.problems, updated: story?.updated, corrections: story?.corrections ?? [], image: story?.image, imagesInText: story?.imagesInText ?? [] },
    );
    if (story === undefined) continue;
    const { published } = story;
    filePrefix ??= story.file.endsWith(relativePath) ? story.file.slice(0, -relativePath.length) : undefined;
    const id = story.id === idOfPath(relativePath) ? DERIVED : story.id;
    const file = filePrefix !== undefined && story.file === filePrefix + relativePath ? DERIVED : story.file;
    strings.push(id, story.fingerprint, file, story.slug, story.url, story.title, story.dek, published.iso, published.time);
    numbers.push(indexOfDay(published), indexOf(story.section), story.lead ? 1 : 0, story.draft ? 1 : 0, published.epochMs, published.hasTime ? 1 : 0, story.tags.length);
    for (const tag of story.tags) numbers.push(indexOf(tag));
    // Read here all the same for a story read from the cache: its prototype gives them.
    const storyDetails: Record<string, unknown> = {};
    for (const field of STORY_DETAILS) storyDetails[field] = story[field];
    details.push(storyDetails as unknown as StoryDetails);
    const { html, pageHtml } = story;
    texts.push(html);
    textLengths.push(html.length, pageHtml === html ? SAME_HTML : pageHtml.length);
    if (pageHtml !== html) texts.push(pageHtml);
  }
  const columns: StoredColumns = { strings, numbers: Float64Array.from(numbers), rare };
  return { stored: { scope: shard.scope, taxa, days, filePrefix: filePrefix ?? '', textsChecksum: '', columns, textLengths }, texts: texts.join(''), details };
}

/**
 * An entry without rare fields. Its empty arrays are shared by most of the archive's stories,
 * frozen so that none can add to another's: three arrays fewer per story for a large archive's
 * publish to make and collect.
 */
const NO_RARE_FIELDS: Readonly<RareFields> = Object.freeze({ problems: frozenEmpty(), updated: undefined, corrections: frozenEmpty(), image: undefined, imagesInText: frozenEmpty() });

function frozenEmpty(): never[] {
  return Object.freeze([]) as never[];
}

/**
 * The shard the stored one was made from: each story's html, pageHtml and details are read from
 * the texts file on first use (story-texts.ts).
 */
function restoredShard(stored: StoredShard, texts: TextsFileReader): CacheShard {
  const { strings, numbers, rare } = stored.columns;
  const { taxa, days, filePrefix } = stored;
  const stories: CacheShard['stories'] = {};
  const withTexts: EntryStory[] = [];
  let at = 0;
  let number = 0;
  for (let index = 0; at < strings.length; index += 1) {
    const relativePath = strings[at++]!;
    const textHash = strings[at++]!;
    const size = numbers[number++]!;
    const mtimeMs = numbers[number++]!;
    const ctimeMs = numbers[number++]!;
    const ino = numbers[number++]!;
    const stat = Number.isNaN(size) ? undefined : { size, mtimeMs, ctimeMs, ino };
    const hasStory = numbers[number++] === 1;
    const fields = rare[index] || NO_RARE_FIELDS;
    if (!hasStory) {
      stories[relativePath] = { textHash, stat, result: { story: undefined, problems: fields.problems } };
      continue;
    }
    const day = 3 * numbers[number++]!;
    const section = taxa[numbers[number++]!]!;
    const lead = numbers[number++] === 1;
    const draft = numbers[number++] === 1;
    const epochMs = numbers[number++]!;
    const hasTime = numbers[number++] === 1;
    const tags: Taxon[] = [];
    for (let count = numbers[number++]!; count > 0; count -= 1) tags.push(taxa[numbers[number++]!]!);
    const id = strings[at++]!;
    const fingerprint = strings[at++]!;
    const file = strings[at++]!;
    const story: EntryStory = {
      id: id === DERIVED ? idOfPath(relativePath)! : id,
      fingerprint,
      file: file === DERIVED ? filePrefix + relativePath : file,
      slug: strings[at++]!,
      url: strings[at++]!,
      title: strings[at++]!,
      dek: strings[at++]!,
      published: { iso: strings[at++]!, day: days[day]!, longDate: days[day + 1]!, shortDate: days[day + 2]!, time: strings[at++]!, epochMs, hasTime },
      section,
      tags,
      lead,
      draft,
      updated: fields.updated,
      corrections: fields.corrections,
      image: fields.image,
      imagesInText: fields.imagesInText,
    };
    withTexts.push(story);
    stories[relativePath] = { textHash, stat, result: { story: story as Story, problems: fields.problems } };
  }
  attachTexts({ stories: withTexts, lengths: stored.textLengths }, texts.file, () => readTexts(stored.textsChecksum, texts));
  return { scope: stored.scope, stories };
}

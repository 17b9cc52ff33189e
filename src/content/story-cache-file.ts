import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { FileStat } from './file-stat.ts';
import type { NormalizeResult } from './normalize.ts';
import type { Story } from './story.ts';

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
 * A shard file is MAGIC, the format version (uint32, big-endian), the sha256 of the payload,
 * then the payload: the v8 serialization of the shard. The checksum is what lets a read tell
 * a damaged shard (a disk error, an edit in place) from a good one: v8 would deserialize most
 * such damage without a complaint and publish whatever it then holds.
 *
 * sha256 rather than a faster non-cryptographic hash: node:crypto's runs on the CPU's SHA
 * instructions, so beside v8's deserialization, which dominates reading a shard, it adds
 * little; xxhash (xxhash-wasm, @node-rs/xxhash) was faster still but saved too little of a
 * read to be worth a dependency (xxhash-wasm declares no engines, @node-rs/xxhash is native).
 * Neither hash would stop a deliberate forgery, since the checksum sits beside what it covers:
 * the point is damage, not tampering.
 */
const MAGIC = Buffer.from('DAYBOOK-STORIES\0', 'latin1');
const FORMAT_VERSION = 3;
const HEADER_BYTES = MAGIC.length + 4 + 32;

/** The bytes of a shard file holding `shard`. */
export function encodeShard(shard: CacheShard): Buffer {
  const payload = serialize(storedShard(shard));
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(FORMAT_VERSION, MAGIC.length);
  createHash('sha256').update(payload).digest().copy(header, MAGIC.length + 4);
  return Buffer.concat([header, payload]);
}

/** What a shard file's bytes hold: a shard, or why not. */
export type ShardDecoding =
  | { shard: CacheShard }
  /** Damaged: the payload does not match its checksum, so none of its stories can be trusted. */
  | { shard: undefined; damaged: true }
  /** Written by an earlier Daybook (another format) or another Node version (another serialization). */
  | { shard: undefined; damaged: false };

/** Decodes a shard file; never throws. */
export function decodeShard(bytes: Buffer): ShardDecoding {
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { shard: undefined, damaged: false };
  if (bytes.length < HEADER_BYTES) return { shard: undefined, damaged: true };
  if (bytes.readUInt32BE(MAGIC.length) !== FORMAT_VERSION) return { shard: undefined, damaged: false };
  const checksum = bytes.subarray(MAGIC.length + 4, HEADER_BYTES);
  const payload = bytes.subarray(HEADER_BYTES);
  if (!createHash('sha256').update(payload).digest().equals(checksum)) return { shard: undefined, damaged: true };
  try {
    const shard = restoredShard(deserialize(payload) as StoredShard);
    return shard === undefined ? { shard: undefined, damaged: false } : { shard };
  } catch {
    return { shard: undefined, damaged: false };
  }
}

/**
 * A shard as its file holds it. The HTML of its stories, most of their bytes, is one string,
 * `texts`, and each story holds only the length of its part. A read makes each story's HTML
 * a slice of that one string: v8 allocates so large a string outside the young generation and
 * a slice is a small object pointing into it, so the garbage collector does not copy every
 * story's HTML from one space to another as it does with the several KB string of each story
 * (copying them was most of the collector's work while loading a large archive).
 * A story whose page prints its HTML unchanged (a site at the root path) does not store it twice.
 */
interface StoredShard {
  scope: string;
  texts: string;
  stories: Record<string, StoredEntry>;
}

interface StoredEntry extends Omit<CachedStory, 'result'> {
  result: { story: StoredStory | undefined; problems: NormalizeResult['problems'] };
}

type StoredStory = Omit<Story, 'html' | 'pageHtml'> & {
  /** The length of its HTML in `texts`, which holds the stories' texts in the order of `stories`. */
  html: number;
  /** The length of its page HTML after its HTML in `texts`; absent when the page prints its HTML unchanged. */
  pageHtml?: number;
};

function storedShard(shard: CacheShard): StoredShard {
  const texts: string[] = [];
  const stories: Record<string, StoredEntry> = {};
  for (const relativePath in shard.stories) {
    const entry = shard.stories[relativePath];
    if (entry === undefined) continue;
    const story = entry.result.story;
    if (story === undefined) {
      stories[relativePath] = { ...entry, result: { story: undefined, problems: entry.result.problems } };
      continue;
    }
    const { html, pageHtml, ...rest } = story;
    const stored: StoredStory = { ...rest, html: html.length };
    texts.push(html);
    if (pageHtml !== html) {
      stored.pageHtml = pageHtml.length;
      texts.push(pageHtml);
    }
    stories[relativePath] = { ...entry, result: { story: stored, problems: entry.result.problems } };
  }
  return { scope: shard.scope, texts: texts.join(''), stories };
}

/**
 * Turns the stored shard into the shard it was made from, in place, so that no object is
 * copied; undefined when its lengths do not add up to its texts. A record's string keys are
 * iterated in the order they were created in, which serialization keeps, so the stories
 * meet their texts in the order they were stored in.
 */
function restoredShard(stored: StoredShard): CacheShard | undefined {
  let at = 0;
  for (const relativePath in stored.stories) {
    const story = stored.stories[relativePath]?.result.story;
    if (story === undefined) continue;
    const restored = story as unknown as Story;
    const html = stored.texts.slice(at, (at += story.html));
    restored.pageHtml = story.pageHtml === undefined ? html : stored.texts.slice(at, (at += story.pageHtml));
    restored.html = html;
  }
  if (at !== stored.texts.length) return undefined;
  return { scope: stored.scope, stories: stored.stories as unknown as CacheShard['stories'] };
}

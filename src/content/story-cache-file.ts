import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { FileStat } from './file-stat.ts';
import type { NormalizeResult } from './normalize.ts';

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
const FORMAT_VERSION = 2;
const HEADER_BYTES = MAGIC.length + 4 + 32;

/** The bytes of a shard file holding `shard`. */
export function encodeShard(shard: CacheShard): Buffer {
  const payload = serialize(shard);
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
    return { shard: deserialize(payload) as CacheShard };
  } catch {
    return { shard: undefined, damaged: false };
  }
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { settledStat, statUnchanged, type FileStat } from './file-stat.ts';
import type { NormalizeResult, StoryFile } from './normalize.ts';
import { decodeShard, encodeShard, type CachedStory, type CacheShard } from './story-cache-file.ts';
import { hashProjectFiles } from '../util/source-hash.ts';

export type { CachedStory };

/** Stories are spread over this many files by a hash of their path, so an edit rewrites one of them. */
const SHARDS = 32;

/**
 * Parsed stories kept between builds in <cache>/content/<site>/<shard>.v8, each file
 * checksummed (story-cache-file.ts): a story whose file text, site config and Daybook code
 * are unchanged is not parsed, rendered and summarized again. The next day's build of a
 * large archive then parses only the day's new and edited files, and rewrites only the shards
 * that hold them, rather than one file of the whole archive after a single edit.
 */
export class PersistentStoryCache {
  private readonly folder: string;

  constructor(cacheDir: string, contentDir: string) {
    this.folder = path.join(cacheDir, 'content', contentFolderKey(contentDir));
  }

  /** The stories cached under this scope, by relative path; empty when the scope changed or there is no cache. */
  async read(scope: string): Promise<Map<string, CachedStory>> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const shards = await Promise.all(names.filter((name) => SHARD_FILE.test(name)).map((name) => this.readShard(name)));
    const stories = new Map<string, CachedStory>();
    for (const shard of shards) {
      if (shard?.scope !== scope) continue;
      for (const relativePath in shard.stories) {
        const story = shard.stories[relativePath];
        if (story !== undefined) stories.set(relativePath, story);
      }
    }
    return stories;
  }

  /**
   * Makes the cache hold exactly `stories`, rewriting only the shards that hold one of
   * `touched` (stories parsed or removed this build); each shard is written whole, then renamed in.
   */
  async write(scope: string, stories: ReadonlyMap<string, CachedStory>, touched: ReadonlySet<string>): Promise<void> {
    const shards = new Map<string, Record<string, CachedStory>>();
    for (const [relativePath, story] of stories) {
      const name = shardFileOf(relativePath);
      const shard = shards.get(name) ?? {};
      shard[relativePath] = story;
      shards.set(name, shard);
    }
    const rewrite = new Set([...touched].map(shardFileOf));
    await mkdir(this.folder, { recursive: true });
    const existing = (await readdir(this.folder)).filter((name) => SHARD_FILE.test(name));
    await Promise.all([
      ...[...rewrite].map((name) => {
        const shard = shards.get(name);
        return shard === undefined ? rm(path.join(this.folder, name), { force: true }) : this.writeShard(name, { scope, stories: shard });
      }),
      // The single cache file of earlier Daybook versions.
      rm(`${this.folder}.v8`, { force: true }),
      // Shards of an older scope that no story of this build falls in.
      ...existing.filter((name) => !shards.has(name) && !rewrite.has(name)).map((name) => rm(path.join(this.folder, name), { force: true })),
    ]);
  }

  /**
   * A shard that is damaged (its checksum does not match) or unreadable (an earlier format) is
   * left out: its stories are parsed afresh, which makes them touched, so the next write replaces it.
   */
  private async readShard(name: string): Promise<CacheShard | undefined> {
    const file = path.join(this.folder, name);
    const bytes = await readFile(file).catch(() => undefined);
    if (bytes === undefined) return undefined;
    const decoded = decodeShard(bytes);
    if (decoded.shard === undefined && decoded.damaged) console.warn(`Story cache file ${file} was damaged: its stories are parsed again.`);
    return decoded.shard;
  }

  private async writeShard(name: string, shard: CacheShard): Promise<void> {
    const file = path.join(this.folder, name);
    const incoming = `${file}.incoming-${process.pid}`;
    await writeFile(incoming, encodeShard(shard));
    await rename(incoming, file);
  }
}

const SHARD_FILE = /^\d\d\.v8$/;

/** The shard file a story's cache entry lives in: "00.v8" to "31.v8", by a hash of its path. */
function shardFileOf(relativePath: string): string {
  const shard = createHash('sha256').update(relativePath).digest().readUInt32BE(0) % SHARDS;
  return `${String(shard).padStart(2, '0')}.v8`;
}

/** Names a content folder in the build cache, so two sites sharing a cache never evict each other. */
export function contentFolderKey(contentDir: string): string {
  return createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * What every cached result depends on besides its file: the site config, the folder messages
 * name files relative to, the Node version (v8 serialization), and Daybook's code and
 * dependencies (any change to src/ or the lockfile starts the cache afresh).
 */
export async function storyCacheScope(configKey: string): Promise<string> {
  const hash = createHash('sha256').update(configKey).update('\0').update(process.cwd()).update('\0').update(process.version);
  return hash.update('\0').update(hashProjectFiles(['src', 'package-lock.json'])).digest('base64url');
}

/** A story file to load, with its stat taken at `statedAt` (see settledStat). */
export interface StatedStoryFile {
  file: StoryFile;
  stat: FileStat;
}

/**
 * Parses `files` through the persistent cache. A file whose stat is as cached is taken from
 * the cache without being read (file-stat.ts says when a stat can be trusted); any other is
 * read and hashed, and parsed again only when its text hashes otherwise than cached. The cache
 * then holds exactly `allFiles` (deleted stories leave it). `--no-cache` skips all of this.
 */
export async function parseThroughCache(
  cache: PersistentStoryCache,
  scope: string,
  work: {
    contentDir: string;
    files: readonly StatedStoryFile[];
    /** Date.now() taken before the files were stat'ed. */
    statedAt: number;
    allFiles: readonly string[];
    parse: (files: StoryFile[]) => Promise<NormalizeResult[]>;
    /** Reads a story file's text; tests count the reads. */
    readText?: (absolutePath: string) => string;
  },
): Promise<NormalizeResult[]> {
  const cached = await cache.read(scope);
  // Synchronous reads: thousands of small files read one after another cost a fraction of
  // as many promises.
  const readText = work.readText ?? ((absolutePath: string) => readFileSync(absolutePath, 'utf8'));
  const results: Array<NormalizeResult | undefined> = [];
  const changed: Array<{ index: number; file: StoryFile; textHash: string; stat: FileStat | undefined }> = [];
  const touched = new Set<string>();
  for (let index = 0; index < work.files.length; index += 1) {
    const { file, stat } = work.files[index] as StatedStoryFile;
    const entry = cached.get(file.relativePath);
    if (entry !== undefined && statUnchanged(entry.stat, stat)) {
      results.push(entry.result);
      continue;
    }
    const text = readableText(readText, path.join(work.contentDir, file.relativePath));
    // A file that cannot be read is parsed, which reports it; it is never cached.
    if (text === undefined) {
      results.push(undefined);
      changed.push({ index, file, textHash: '', stat: undefined });
      continue;
    }
    const textHash = hashText(text);
    const settled = settledStat(stat, work.statedAt);
    if (entry !== undefined && entry.textHash === textHash) {
      results.push(entry.result);
      // Touched but not edited, or settled since: the entry takes the new stat, so that the
      // next build need not read the file. An unsettled stat is not kept, and need not be
      // written: the old one no longer matches (ctime never goes back), so the file is read again.
      if (settled !== undefined && !statUnchanged(entry.stat, settled)) {
        entry.stat = settled;
        touched.add(file.relativePath);
      }
      continue;
    }
    results.push(undefined);
    changed.push({ index, file, textHash, stat: settled });
  }
  const parsed = await work.parse(changed.map(({ file }) => file));
  changed.forEach(({ index, file, textHash, stat }, at) => {
    const result = parsed[at];
    if (result === undefined) throw new Error(`no result for ${file.displayPath}`);
    results[index] = result;
    if (textHash === '') return;
    cached.set(file.relativePath, { textHash, stat, result });
    touched.add(file.relativePath);
  });

  forgetDeleted(cached, work.allFiles, touched);
  if (touched.size > 0) await cache.write(scope, cached, touched);
  return results as NormalizeResult[];
}

function readableText(readText: (absolutePath: string) => string, absolutePath: string): string | undefined {
  try {
    return readText(absolutePath);
  } catch {
    return undefined;
  }
}

/** Drops the entries of files no longer in `allFiles`, adding them to `touched`; a large archive's usual build deletes none. */
function forgetDeleted(cached: Map<string, CachedStory>, allFiles: readonly string[], touched: Set<string>): void {
  let present = 0;
  for (const relativePath of allFiles) if (cached.has(relativePath)) present += 1;
  if (present === cached.size) return;
  const kept = new Set(allFiles);
  for (const relativePath of cached.keys()) {
    if (kept.has(relativePath)) continue;
    cached.delete(relativePath);
    touched.add(relativePath);
  }
}

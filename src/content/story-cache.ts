import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { settledStat, statUnchanged, type FileStat } from './file-stat.ts';
import type { NormalizeResult, ParsedStoryFile, StoryFile } from './normalize.ts';
import { decodeShard, encodeShard, releaseWrittenTexts, type CachedStory, type CacheShard, type EncodedShard, type TextsFileReader } from './story-cache-file.ts';
import { readBeforeReplacing } from './story-texts.ts';
import { hashProjectFiles } from '../util/source-hash.ts';

export type { CachedStory };

/**
 * Parsed stories kept between builds in <cache>/content/<site>/, a shard per month of
 * publication, each an entries file and a texts file (story-cache-file.ts), checksummed: a story
 * whose file text, site config and Daybook code are unchanged is not parsed, rendered and
 * summarized again. The next day's build of a large archive then parses only the day's new and
 * edited files and rewrites only their months' shards, and reads the text of only the months
 * whose pages or search parts it makes again: a day's work, not the archive's.
 */
export class PersistentStoryCache {
  private readonly folder: string;
  /** The shard each cached story was read from, so a story that moves month leaves its old shard. */
  private readonly readFrom = new Map<string, string>();

  constructor(cacheDir: string, contentDir: string) {
    this.folder = path.join(cacheDir, 'content', contentFolderKey(contentDir));
  }

  private reading: { scope: string; stories: Promise<Map<string, CachedStory>> } | undefined;

  /**
   * The stories cached under this scope, by relative path; empty when the scope changed or there
   * is no cache. Read once per scope: a build may start the read early and take it later.
   */
  read(scope: string): Promise<Map<string, CachedStory>> {
    if (this.reading?.scope !== scope) this.reading = { scope, stories: this.readShards(scope) };
    return this.reading.stories;
  }

  private async readShards(scope: string): Promise<Map<string, CachedStory>> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const shards = await Promise.all(names.filter((name) => ENTRIES_FILE.test(name)).map(async (name) => [name, await this.readShard(name)] as const));
    const stories = new Map<string, CachedStory>();
    for (const [name, shard] of shards) {
      if (shard?.scope !== scope) continue;
      for (const relativePath in shard.stories) {
        const story = shard.stories[relativePath];
        if (story === undefined) continue;
        stories.set(relativePath, story);
        this.readFrom.set(relativePath, shardNameOf(name));
      }
    }
    return stories;
  }

  /**
   * Makes the cache hold exactly `stories`, rewriting only the shards that hold or held one of
   * `touched` (stories parsed or removed this build); each file is written whole, then renamed in.
   */
  async write(scope: string, stories: ReadonlyMap<string, CachedStory>, touched: ReadonlySet<string>): Promise<void> {
    const shards = new Map<string, Record<string, CachedStory>>();
    for (const [relativePath, story] of stories) {
      const name = shardOf(story);
      const shard = shards.get(name) ?? {};
      shard[relativePath] = story;
      shards.set(name, shard);
    }
    const rewrite = new Set<string>();
    for (const relativePath of touched) {
      const story = stories.get(relativePath);
      if (story !== undefined) rewrite.add(shardOf(story));
      const before = this.readFrom.get(relativePath);
      if (before !== undefined) rewrite.add(before);
    }
    await mkdir(this.folder, { recursive: true });
    const existing = await readdir(this.folder);
    // One shard at a time: a cold build of a large archive then holds one shard's bytes at
    // once, not the archive's. A story whose text is still in another shard's file reads it
    // from there: that file is replaced later, or was read by every story still using it
    // (readBeforeReplacing) when it was.
    for (const name of rewrite) {
      const shard = shards.get(name);
      const files = shard === undefined ? undefined : encodeShard({ scope, stories: shard });
      readBeforeReplacing(this.textsReader(name).file);
      if (files === undefined) {
        await this.removeShard(name);
        continue;
      }
      releaseWrittenTexts(files, this.textsReader(name), shard!);
      await this.writeShard(name, files);
    }
    // Files of an older layout or scope, or of a month no story falls in any more.
    await Promise.all(
      existing
        .filter((file) => !file.includes('.incoming-') && !(OWN_FILE.test(file) && shards.has(shardNameOf(file))) && !rewrite.has(shardNameOf(file)))
        .map((file) => {
          readBeforeReplacing(path.join(this.folder, file));
          return rm(path.join(this.folder, file), { recursive: true, force: true });
        }),
    );
  }

  /**
   * A shard whose entries are damaged (their checksum does not match) or unreadable (an earlier
   * format) is left out: its stories are parsed afresh, which makes them touched, so the next
   * write replaces it. Its texts are read only when one of its stories' HTML is used.
   */
  private async readShard(name: string): Promise<CacheShard | undefined> {
    const file = path.join(this.folder, name);
    const bytes = await readFile(file).catch(() => undefined);
    if (bytes === undefined) return undefined;
    const decoded = decodeShard(bytes, this.textsReader(shardNameOf(name)));
    if (decoded.shard === undefined && decoded.damaged) console.warn(`Story cache file ${file} was damaged: its stories are parsed again.`);
    return decoded.shard;
  }

  private textsReader(name: string): TextsFileReader {
    const file = path.join(this.folder, `${name}${TEXTS_SUFFIX}`);
    return { file, read: () => readFileOrUndefined(file) };
  }

  /** The texts first, so that entries on disk never point to texts not yet written; a pair torn by a crash fails the texts' checksum. */
  private async writeShard(name: string, files: EncodedShard): Promise<void> {
    const base = path.join(this.folder, name);
    for (const [suffix, bytes] of [[TEXTS_SUFFIX, files.texts], [ENTRIES_SUFFIX, files.entries]] as const) {
      const incoming = `${base}${suffix}.incoming-${process.pid}`;
      await writeFile(incoming, bytes);
      await rename(incoming, `${base}${suffix}`);
    }
  }

  private async removeShard(name: string): Promise<void> {
    const base = path.join(this.folder, name);
    await rm(`${base}${ENTRIES_SUFFIX}`, { force: true });
    await rm(`${base}${TEXTS_SUFFIX}`, { force: true });
  }

  /** Removes the shard whose texts file is `textsFile` (found damaged while building), so the next build parses its stories again. */
  static async forgetDamaged(textsFile: string): Promise<void> {
    const base = textsFile.slice(0, -TEXTS_SUFFIX.length);
    await rm(`${base}${ENTRIES_SUFFIX}`, { force: true });
    await rm(textsFile, { force: true });
  }
}

const ENTRIES_SUFFIX = '.v8';
const TEXTS_SUFFIX = '.texts';
const ENTRIES_FILE = /^(?:\d{4}-\d\d|unparsed)\.v8$/;
const OWN_FILE = /^(?:\d{4}-\d\d|unparsed)\.(?:v8|texts)$/;

/** "2026-03.v8" and "2026-03.texts" are the shard "2026-03". */
function shardNameOf(file: string): string {
  return file.replace(/\.(?:v8|texts)$/, '');
}

/** The month a story was published in ("2026-03"); files that did not parse, which have no date, share one shard. */
function shardOf(entry: CachedStory): string {
  return entry.result.story?.published.day.slice(0, 7) ?? 'unparsed';
}

function readFileOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
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
 * the cache without being read (file-stat.ts says when a stat can be trusted); any other
 * cached one is read and hashed, and parsed again only when its text hashes otherwise than
 * cached; one not cached is parsed, the parser hashing the text it reads. The cache
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
    parse: (files: StoryFile[]) => Promise<ParsedStoryFile[]>;
    /** Reads a story file's text; tests count the reads. */
    readText?: (absolutePath: string) => string;
  },
): Promise<NormalizeResult[]> {
  const cached = await cache.read(scope);
  // Synchronous reads: thousands of small files read one after another cost a fraction of
  // as many promises.
  const readText = work.readText ?? ((absolutePath: string) => readFileSync(absolutePath, 'utf8'));
  const results: Array<NormalizeResult | undefined> = [];
  // textHash: '' for a file that cannot be read (never cached); undefined for one the parser hashes as it reads it.
  const changed: Array<{ index: number; file: StoryFile; textHash: string | undefined; stat: FileStat | undefined }> = [];
  const touched = new Set<string>();
  for (let index = 0; index < work.files.length; index += 1) {
    const { file, stat } = work.files[index] as StatedStoryFile;
    const entry = cached.get(file.relativePath);
    if (entry !== undefined && statUnchanged(entry.stat, stat)) {
      results.push(entry.result);
      continue;
    }
    if (entry === undefined) {
      // Nothing cached to compare its text with: parsed at once, its file read only by the parser.
      results.push(undefined);
      changed.push({ index, file, textHash: undefined, stat: settledStat(stat, work.statedAt) });
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
    const parsedFile = parsed[at];
    if (parsedFile === undefined) throw new Error(`no result for ${file.displayPath}`);
    const result: NormalizeResult = { story: parsedFile.story, problems: parsedFile.problems };
    results[index] = result;
    // A parser that does not hash what it read: the file is read again for its hash.
    const hash = textHash ?? parsedFile.textHash ?? hashOfReadable(readText, path.join(work.contentDir, file.relativePath));
    if (hash === '') return;
    cached.set(file.relativePath, { textHash: hash, stat, result });
    touched.add(file.relativePath);
  });

  forgetDeleted(cached, work.allFiles, touched);
  if (touched.size > 0) await cache.write(scope, cached, touched);
  return results as NormalizeResult[];
}

function hashOfReadable(readText: (absolutePath: string) => string, absolutePath: string): string {
  const text = readableText(readText, absolutePath);
  return text === undefined ? '' : hashText(text);
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

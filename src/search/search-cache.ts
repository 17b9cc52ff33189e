import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentFolderKey } from '../content/story-cache.ts';
import { listFiles } from './file-tree.ts';
import { decodePack, encodePack, type PackedFile } from './part-pack.ts';

/**
 * Finished search-index parts kept between builds, under <cache>/search/<site>/<part>.<key>
 * (<site>: see contentFolderKey): a part whose records and indexer are unchanged is copied
 * instead of indexed again, so a daily build re-indexes the newest week only, however
 * large the archive.
 *
 * Each cached part is one file, a pack (part-pack.ts) of its files and a manifest of their sizes
 * and sha256s, written whole and renamed in. A restore writes the files out afresh and checks
 * every byte against the manifest, so no file of a published site is a file of the cache, and
 * damage to one (a truncated pack, an edit in place) cannot reach the other: a damaged part is
 * thrown away and indexed again.
 */
export class SearchIndexCache {
  private readonly root: string;

  constructor(cacheDir: string, contentDir: string) {
    this.root = path.join(cacheDir, 'search', contentFolderKey(contentDir));
  }

  /** The pack of the cached part with this id and content key. */
  entryFor(partId: string, key: string): string {
    return path.join(this.root, `${partId}.${key}`);
  }

  /**
   * Writes a cached part's files to `target`. False when there is none (or another build just
   * pruned it), or when it is damaged: the damaged part is then deleted from the cache, and
   * nothing is left at `target`, for the part to be indexed.
   */
  async restore(partId: string, key: string, target: string): Promise<boolean> {
    const entry = this.entryFor(partId, key);
    const pack = await readFile(entry).catch((error: NodeJS.ErrnoException) => {
      // A part another build pruned while this one looked for it is not damaged, just gone.
      if (error.code === 'ENOENT') return undefined;
      // A folder where the pack should be is not a pack: thrown away like any damage.
      if (error.code === 'EISDIR') return Buffer.alloc(0);
      throw error;
    });
    if (pack === undefined) return false;
    const decoded = decodePack(pack);
    if ('files' in decoded) {
      await writeFiles(target, decoded.files);
      return true;
    }
    await rm(entry, { recursive: true, force: true });
    console.warn(`Search cache entry ${partId} was damaged (${decoded.damage}) and is rebuilt.`);
    return false;
  }

  /** Stores a finished part: its files packed into one, written beside its place and renamed in, so no reader sees half of it. */
  async store(partId: string, key: string, partDir: string): Promise<void> {
    const entry = this.entryFor(partId, key);
    const files = (await listFiles(partDir)).map((file) => ({ path: file, bytes: readFileSync(path.join(partDir, file)) }));
    await mkdir(this.root, { recursive: true });
    const incoming = `${entry}.incoming-${process.pid}`;
    await writeFile(incoming, encodePack(files));
    // A concurrent build that stored the same part first stored the same bytes: either is as good.
    await rename(incoming, entry);
  }

  /** Removes cached parts this build did not use (older versions of its parts, parts that no longer exist, an earlier layout's folders). */
  async prune(used: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.root).catch(() => [] as string[]);
    const usedNames = new Set([...used].map((entry) => path.basename(entry)));
    await Promise.all(
      names
        .filter((name) => !usedNames.has(name) && !name.includes('.incoming-'))
        .map((name) => rm(path.join(this.root, name), { recursive: true, force: true })),
    );
  }
}

/**
 * Writes a part's files under `target`, each a new file. Synchronous calls: a part is thousands
 * of small files, for which a promise each costs several trips through libuv's threads.
 */
async function writeFiles(target: string, files: readonly PackedFile[]): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(target, file.path))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  for (const file of files) writeFileSync(path.join(target, file.path), file.bytes, { flag: 'wx' });
}

/**
 * How cached parts are laid out: a part of an earlier layout (a folder of files) gets another
 * key, so it is never read, only pruned, instead of being reported as damaged.
 */
const CACHE_LAYOUT = 'pack-1';

/**
 * The key of one part's index: the cache layout, what makes a record of a story (the indexer's
 * version, the site's language, the record code) and every story's record path and fingerprint,
 * in order. A story's fingerprint stands for all of it (Story.fingerprint), so a build keys
 * every part without holding, or even reading, the stories' text.
 */
export function indexPartKey(recordMaker: string, stories: Iterable<{ path: string; fingerprint: string }>): string {
  // One string, hashed at once: four updates per story were a tenth of a second per publish at 100,000 stories.
  let text = `${CACHE_LAYOUT}\0${recordMaker}`;
  for (const story of stories) text += `\0${story.path}\0${story.fingerprint}`;
  return createHash('sha256').update(text).digest('hex').slice(0, 20);
}


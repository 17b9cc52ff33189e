import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { contentFolderKey } from '../content/story-cache.ts';
import { copyFilesHashing, listFiles } from './file-tree.ts';
import { digestDifference, listingDifference, MANIFEST_FILE, manifestOf, readManifest, writeManifest } from './part-manifest.ts';

/**
 * Finished search-index parts kept between builds, under <cache>/search/<site>/<part>.<key>/
 * (<site>: see contentFolderKey): a part whose records and indexer are unchanged is copied
 * instead of indexed again, so a daily build re-indexes the newest week only, however
 * large the archive.
 *
 * Parts go in and out by copy, never by link, so no file of a published site is a file of
 * the cache: damage to one (a truncated file, an edit in place) cannot reach the other. Each
 * part holds a manifest of its files' sizes and sha256s, written last; a restore checks the
 * copied bytes against it and throws a damaged part away, so it is indexed again.
 */
export class SearchIndexCache {
  private readonly root: string;

  constructor(cacheDir: string, contentDir: string) {
    this.root = path.join(cacheDir, 'search', contentFolderKey(contentDir));
  }

  /** Folder of the cached part with this id and content key. */
  entryFor(partId: string, key: string): string {
    return path.join(this.root, `${partId}.${key}`);
  }

  /**
   * Copies a cached part to `target` and checks the copy against the part's manifest. False
   * when there is none (or another build just pruned it), or when it is damaged: the damaged
   * part is then deleted from the cache, and nothing is left at `target`, for the part to be indexed.
   */
  async restore(partId: string, key: string, target: string): Promise<boolean> {
    const entry = this.entryFor(partId, key);
    if (!existsSync(entry)) return false;
    let damage: string | undefined;
    try {
      damage = await copyVerified(entry, target);
    } catch (error) {
      if (existsSync(entry)) throw error;
      damage = 'pruned by another build meanwhile';
    }
    if (damage === undefined) return true;
    await rm(target, { recursive: true, force: true });
    // A part another build pruned while this one read it is not damaged, just gone.
    if (!existsSync(entry)) return false;
    await rm(entry, { recursive: true, force: true });
    console.warn(`Search cache entry ${partId} was damaged (${damage}) and is rebuilt.`);
    return false;
  }

  /**
   * Stores a finished part: its files are copied beside their place and hashed, the manifest
   * written last, and the whole renamed in, so no reader sees half of it.
   */
  async store(partId: string, key: string, partDir: string): Promise<void> {
    const entry = this.entryFor(partId, key);
    const incoming = `${entry}.incoming-${process.pid}`;
    await rm(incoming, { recursive: true, force: true });
    await mkdir(incoming, { recursive: true });
    const digests = await copyFilesHashing(partDir, incoming, await partFiles(partDir));
    await writeManifest(incoming, manifestOf(digests));
    try {
      await rename(incoming, entry);
    } catch (error) {
      // A concurrent build of the same content stored the same part first: theirs is as good.
      if (!['EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await rm(incoming, { recursive: true, force: true });
    }
  }

  /** Removes cached parts this build did not use (older versions of its parts, parts that no longer exist). */
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
 * How cached parts are laid out: a part of an earlier layout (without a manifest) gets another
 * key, so it is never read, only pruned, instead of being reported as damaged.
 */
const CACHE_LAYOUT = 'manifest-2';

/**
 * The key of one part's index: the cache layout, what makes a record of a story (the indexer's
 * version, the site's language, the record code) and every story's record path and fingerprint,
 * in order. A story's fingerprint stands for all of it (Story.fingerprint), so a build keys
 * every part without holding, or even reading, the stories' text.
 */
export function indexPartKey(recordMaker: string, stories: Iterable<{ path: string; fingerprint: string }>): string {
  const hash = createHash('sha256').update(CACHE_LAYOUT).update('\0').update(recordMaker);
  for (const story of stories) hash.update('\0').update(story.path).update('\0').update(story.fingerprint);
  return hash.digest('hex').slice(0, 20);
}

/** A part's own files: all but its manifest. */
async function partFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((file) => file !== MANIFEST_FILE);
}

/**
 * Copies the cached part `entry` to `target`; returns what is wrong with it when its manifest
 * is missing or damaged, it holds other files than its manifest lists, or the bytes copied are
 * not the ones stored (each file is hashed as it is copied, so the check is of what the site serves).
 */
async function copyVerified(entry: string, target: string): Promise<string | undefined> {
  const manifest = await readManifest(entry);
  if (manifest === undefined) return 'its manifest is missing or damaged';
  const listing = listingDifference(manifest, await partFiles(entry));
  if (listing !== undefined) return listing;
  await mkdir(target, { recursive: true });
  const copied = await copyFilesHashing(entry, target, manifest.files.map((file) => file.path));
  return digestDifference(manifest, copied);
}

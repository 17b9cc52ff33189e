import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { contentFolderKey } from '../content/story-cache.ts';

/**
 * Finished search-index parts kept between builds, under <cache>/search/<site>/<part>.<key>/
 * (<site>: see contentFolderKey): a part whose records and indexer are unchanged is linked
 * instead of indexed again, so a daily build re-indexes the newest months only, however
 * large the archive.
 */
export class SearchIndexCache {
  private readonly root: string;

  constructor(cacheDir: string, contentDir: string) {
    this.root = path.join(cacheDir, 'search', contentFolderKey(contentDir));
  }

  /** Folder of the cached part with this id and content key. */
  entryFor(shardId: string, key: string): string {
    return path.join(this.root, `${shardId}.${key}`);
  }

  /** Copies a cached part to `target`; false when there is none (or another build just pruned it). */
  async restore(shardId: string, key: string, target: string): Promise<boolean> {
    const entry = this.entryFor(shardId, key);
    if (!existsSync(entry)) return false;
    try {
      await linkOrCopyTree(entry, target);
      return true;
    } catch (error) {
      if (existsSync(entry)) throw error;
      await rm(target, { recursive: true, force: true });
      return false;
    }
  }

  /** Stores a finished part: copied beside its place and renamed in, so no reader sees half of it. */
  async store(shardId: string, key: string, bundleDir: string): Promise<void> {
    const entry = this.entryFor(shardId, key);
    const incoming = `${entry}.incoming-${process.pid}`;
    await linkOrCopyTree(bundleDir, incoming);
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

/** The key of one part's index: the indexer's version and every record's path and text, in order. */
export function searchShardKey(indexerVersion: string, records: ReadonlyArray<{ path: string; html: string }>): string {
  const hash = createHash('sha256').update(indexerVersion);
  for (const record of records) hash.update('\0').update(record.path).update('\0').update(record.html);
  return hash.digest('hex').slice(0, 20);
}

/**
 * Puts a copy of the folder `from` at `to` (which must not exist yet). A part is thousands of
 * small files: hard links (GNU cp -al) make that instant and take no space, and are safe
 * because neither the cache nor a build ever changes a written file in place (a changed part
 * gets a new folder). Where hard links are unavailable (another file system, no GNU cp),
 * the files are copied.
 */
async function linkOrCopyTree(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await promisify(execFile)('cp', ['-al', from, to]);
  } catch {
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true });
  }
}

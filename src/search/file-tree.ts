import { createHash } from 'node:crypto';
import { constants, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** One file of a folder: its path relative to the folder ('/'-separated), size and sha256. */
export interface FileDigest {
  path: string;
  size: number;
  sha256: string;
}

/**
 * Files copied or hashed at once. A search part is thousands of small files: one at a time
 * leaves libuv's threads idle between them, all at once opens thousands of files (EMFILE).
 */
const FILES_AT_ONCE = 32;

/** Every regular file under `dir`, as sorted relative paths; links and other kinds are left out. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Copies `files` from the folder `from` to the same paths under `to`. Each is a file of its
 * own, never a link to the original: a clone (reflink) where the file system can make one,
 * which shares no writable data (a write to either copies the block first), else a real copy.
 */
export async function copyFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(to, file))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  await eachAtMost(FILES_AT_ONCE, files, (file) => copyFile(path.join(from, file), path.join(to, file), constants.COPYFILE_FICLONE));
}

/** Files hashed between two turns of the event loop. */
const FILES_PER_TURN = 100;

/**
 * The size and sha256 of each of `files` under `dir`, in their order. The files are read
 * synchronously: a small file's promise-based read costs several trips through libuv's threads,
 * a synchronous one a fraction of that (as for stories, see load.ts). Yielding after each
 * batch keeps the dev server answering while its preview index is restored.
 */
export async function digestFiles(dir: string, files: readonly string[]): Promise<FileDigest[]> {
  const digests: FileDigest[] = [];
  for (const [index, file] of files.entries()) {
    const bytes = readFileSync(path.join(dir, file));
    digests.push({ path: file, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    if ((index + 1) % FILES_PER_TURN === 0) await nextTurn();
  }
  return digests;
}

/** Runs `task` on every item, at most `limit` at a time; the results keep the items' order. */
async function eachAtMost<T, R>(limit: number, items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) results[index] = await task(items[index] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

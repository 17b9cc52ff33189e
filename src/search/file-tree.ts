import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** One file of a folder: its path relative to the folder ('/'-separated), size and sha256. */
export interface FileDigest {
  path: string;
  size: number;
  sha256: string;
}

/** Files copied between two turns of the event loop. */
const FILES_PER_TURN = 100;

/** Every regular file under `dir`, as sorted relative paths; links and other kinds are left out. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Copies `files` from the folder `from` to the same paths under `to`, hashing each as it is
 * copied, and returns their digests in order: the digest is of the very bytes written. Each
 * copy is a new file (never a link, never over an existing file), so nothing written to one
 * side later reaches the other.
 *
 * Read, hash and write rather than copyFile: the bytes have to be read to be hashed anyway, so
 * one pass does what copyFile and a read of the copy do in two. Synchronous calls, because a
 * part is thousands of small files, for which a promise-based read or write costs several trips
 * through libuv's threads (as for stories, see load.ts); yielding after each batch keeps the dev
 * server answering while its preview index is copied.
 */
export async function copyFilesHashing(from: string, to: string, files: readonly string[]): Promise<FileDigest[]> {
  const folders = new Set(files.map((file) => path.dirname(path.join(to, file))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  const digests: FileDigest[] = [];
  for (const [index, file] of files.entries()) {
    const bytes = readFileSync(path.join(from, file));
    writeFileSync(path.join(to, file), bytes, { flag: 'wx' });
    digests.push({ path: file, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    if ((index + 1) % FILES_PER_TURN === 0) await nextTurn();
  }
  return digests;
}

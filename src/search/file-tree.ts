import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** One file of a folder: its path relative to the folder ('/'-separated), size and sha256. */
export interface FileDigest {
  path: string;
  size: number;
  sha256: string;
}

/** Every regular file under `dir`, as sorted relative paths; links and other kinds are left out. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .sort();
}

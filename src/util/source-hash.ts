import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILED_PROJECT_DIR } from './compiled.ts';

/** The Daybook project: where its code, layouts and lockfile are. */
export const PROJECT_DIR = COMPILED_PROJECT_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A hash of every file under the given entries of the project (folders or files), by path and
 * bytes: what a cache keyed by it depends on of Daybook's own code. A missing entry counts as empty.
 */
export function hashProjectFiles(entries: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(entries.map((entry) => path.join(PROJECT_DIR, entry)))) {
    hash.update('\0').update(path.relative(PROJECT_DIR, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('base64url');
}

function filesUnder(entries: readonly string[]): string[] {
  return entries
    .flatMap((entry) => {
      try {
        return readdirSync(entry, { recursive: true, withFileTypes: true })
          .filter((item) => item.isFile())
          .map((item) => path.join(item.parentPath, item.name));
      } catch {
        return existsSync(entry) ? [entry] : [];
      }
    })
    .sort();
}

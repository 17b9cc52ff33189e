import { readdir, readFile } from 'node:fs/promises';
import { describe } from 'node:test';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './build.ts';

/**
 * Imports every `shard`-th test file of a folder of tests/ (of `shards`), so that one process
 * runs them all, one file after another. The test runner starts a process for each file it is
 * given, and for a unit test file the start-up (Node, tsx, the file's imports) costs more than
 * its tests; for a browser test file, so does starting Chromium, which the files of one process
 * share (support/browser.ts). `npm test` runs those folders in a few such shards instead. A file
 * run on its own still works as before.
 */
export async function importShard(folder: 'unit' | 'browser', shard: number, shards: number): Promise<void> {
  const dir = path.join(repoRoot, 'tests', folder);
  const files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.test.ts')).sort();
  for (const [index, name] of files.entries()) {
    if (index % shards === shard) await import(pathToFileURL(path.join(dir, name)).href);
  }
}

/**
 * Imports the test files a list names (one path from the repo root per line), each inside a
 * suite named after it, so that one process runs them all. The suite keeps a file's top-level
 * hooks its own: in a shard they would otherwise run for every file's tests. For integration
 * files whose builds and loads each use folders of their own: they share the loaded modules
 * instead of paying Node's, tsx's and Eleventy's start-up each. Files that kill builds, patch
 * Nunjucks, wait for file times or run long keep a process each. The same list keeps
 * `npm test` (scripts/run-tests.sh) from running the files twice.
 */
export async function importAsSuites(listFile: string): Promise<void> {
  const list = await readFile(path.join(repoRoot, listFile), 'utf8');
  for (const file of list.split('\n').filter((line) => line.trim() !== '')) {
    describe(file, async () => {
      await import(pathToFileURL(path.join(repoRoot, file)).href);
    });
  }
}

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './build.ts';

/**
 * Imports every `shard`-th unit test file (of `shards`), so that one process runs them all.
 * The test runner starts a process for each file it is given, and for a unit test file the
 * start-up (Node, tsx, the file's imports) costs more than its tests; `npm test` runs the unit
 * tests in a few such shards instead. A file run on its own still works as before.
 */
export async function importUnitShard(shard: number, shards: number): Promise<void> {
  const unitDir = path.join(repoRoot, 'tests/unit');
  const files = (await readdir(unitDir, { recursive: true })).filter((name) => name.endsWith('.test.ts')).sort();
  for (const [index, name] of files.entries()) {
    if (index % shards === shard) await import(pathToFileURL(path.join(unitDir, name)).href);
  }
}

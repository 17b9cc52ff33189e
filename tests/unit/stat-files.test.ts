import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileStatOf } from '../../src/content/file-stat.ts';
import { STAT_ON_WORKER_FROM, statFiles } from '../../src/content/stat-files.ts';

test('an archive\'s files are stat\'ed on another thread as they are on this one', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'daybook-stat-'));
  try {
    const files = Array.from({ length: STAT_ON_WORKER_FROM }, (_, index) => path.join(folder, `${index}.md`));
    files.forEach((file, index) => writeFileSync(file, 'x'.repeat(index % 7)));
    assert.deepEqual(await statFiles(files), files.map((file) => fileStatOf(statSync(file))));
    assert.deepEqual(await statFiles(files.slice(0, 3)), files.slice(0, 3).map((file) => fileStatOf(statSync(file))), 'a few, on this thread');
    // A file gone between the listing and the stat fails the load as a stat here would.
    rmSync(files[42]!);
    await assert.rejects(statFiles(files), { code: 'ENOENT', path: files[42] });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

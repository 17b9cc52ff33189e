import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeIndexParts } from '../../src/search/index-parts.ts';

test('an indexer told to stop (its build failed) starts no part and writes nothing, even mid-way through a running Pagefind', async () => {
  const outputDir = await mkdtemp(path.join(tmpdir(), 'daybook-abort-'));
  try {
    const records = () => Array.from({ length: 400 }, (_, index) => ({ path: `s${index}/index.html`, html: `<html><body><main data-pagefind-body><p>story ${index} words</p></main></body></html>` }));
    const parts = ['a', 'b'].map((id) => ({ id, key: id, size: 400, records }));
    await assert.rejects(writeIndexParts({ outputDir, parts, cacheDir: undefined, contentDir: outputDir, signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.deepEqual(await readdir(outputDir), [], 'no part started');

    const stop = new AbortController();
    const running = writeIndexParts({ outputDir, parts, cacheDir: undefined, contentDir: outputDir, signal: stop.signal });
    setTimeout(() => stop.abort(), 50);
    await assert.rejects(running, { name: 'AbortError' });
    assert.ok(!existsSync(path.join(outputDir, 'pagefind', 'b')), 'the second part was never started');
  } finally {
    await rm(outputDir, { recursive: true, force: true });
  }
});

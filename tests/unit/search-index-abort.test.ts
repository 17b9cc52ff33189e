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

test('the indexer says it is under way once its first part is in Pagefind’s hands, and again when it is done', async () => {
  const outputDir = await mkdtemp(path.join(tmpdir(), 'daybook-underway-'));
  try {
    const records = () => Array.from({ length: 50 }, (_, index) => ({ path: `s${index}/index.html`, html: `<html><body><main data-pagefind-body><p>story ${index}</p></main></body></html>` }));
    const parts = ['a', 'b'].map((id) => ({ id, key: id, size: 50, records }));
    const calls: string[] = [];
    await writeIndexParts({
      outputDir,
      parts,
      cacheDir: undefined,
      contentDir: outputDir,
      onUnderway: () => calls.push(existsSync(path.join(outputDir, 'pagefind', 'a', 'pagefind-entry.json')) ? 'a written' : 'a indexing'),
    });
    assert.equal(calls[0], 'a indexing', 'first called while part a was still being indexed');
    assert.equal(calls.at(-1), 'a written', 'last called once everything was written');

    // Nothing to index (the output has every part already): under way at once, all the same.
    const kept: string[] = [];
    await writeIndexParts({ outputDir, parts, cacheDir: undefined, contentDir: outputDir, published: { a: { key: 'a' }, b: { key: 'b' } }, onUnderway: () => kept.push('called') });
    assert.deepEqual(kept, ['called']);
  } finally {
    await rm(outputDir, { recursive: true, force: true });
  }
});

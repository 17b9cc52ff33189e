import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeIndexParts } from '../../src/search/index-parts.ts';

/** Holds this thread, as Eleventy's synchronous render does, until `done` or `limitMs`. */
function holdThread(done: () => boolean, limitMs: number): void {
  const end = Date.now() + limitMs;
  while (!done() && Date.now() < end) {
    // Busy, as a render is: no turn of the event loop.
  }
}

test("parts handed to Pagefind are indexed one after another while the build's thread is held", async () => {
  const outputDir = await mkdtemp(path.join(tmpdir(), 'daybook-held-'));
  try {
    const record = (id: string) => ({ path: `${id}/index.html`, html: `<html lang="en"><body><main data-pagefind-body><p>Story ${id}</p></main></body></html>` });
    const parts = ['a', 'b', 'c'].map((id) => ({ id, key: id, size: 1, records: () => [record(id)] }));
    let queued!: () => void;
    const queueFilled = new Promise<void>((resolve) => (queued = resolve));
    const indexing = writeIndexParts({ outputDir, parts, cacheDir: undefined, contentDir: outputDir, concurrency: () => 1, onQueueFilled: queued });
    await queueFilled;
    const lastPart = path.join(outputDir, 'pagefind', 'c', 'pagefind-entry.json');
    holdThread(() => existsSync(lastPart), 20_000);
    assert.ok(existsSync(lastPart), 'the third part was indexed before the thread was free again');
    const report = await indexing;
    assert.equal(report.pages, 3);
    for (const id of ['a', 'b']) assert.ok(existsSync(path.join(outputDir, 'pagefind', id, 'pagefind-entry.json')));
  } finally {
    await rm(outputDir, { recursive: true, force: true });
  }
});

test('a part that cannot be indexed fails the job, and the parts after it are never started', async () => {
  const outputDir = await mkdtemp(path.join(tmpdir(), 'daybook-failed-part-'));
  try {
    const record = (id: string) => ({ path: `${id}/index.html`, html: `<html lang="en"><body><main data-pagefind-body><p>Story ${id}</p></main></body></html>` });
    const parts = [
      { id: 'a', key: 'a', size: 1, records: () => [record('a')] },
      {
        id: 'b',
        key: 'b',
        size: 1,
        records: (): Array<{ path: string; html: string }> => {
          throw new Error('the records of part b could not be made');
        },
      },
      { id: 'c', key: 'c', size: 1, records: () => [record('c')] },
    ];
    await assert.rejects(writeIndexParts({ outputDir, parts, cacheDir: undefined, contentDir: outputDir }), /records of part b/);
    assert.ok(!existsSync(path.join(outputDir, 'pagefind', 'c')), 'the part after the failed one was never started');
  } finally {
    await rm(outputDir, { recursive: true, force: true });
  }
});

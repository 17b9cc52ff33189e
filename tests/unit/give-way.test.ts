import { test } from 'node:test';
import assert from 'node:assert/strict';
import { givesWayToIndexer } from '../../src/site/give-way.ts';

// The archives it was measured on: a correction re-indexes a part of two months (1,525 records),
// a story of today the week's part (about 175).
test('a publish gives way to Pagefind where Pagefind is the longer task, and only there', () => {
  assert.equal(givesWayToIndexer(1525, 4_000), true);
  assert.equal(givesWayToIndexer(1525, 30_000), true, 'at 30,000 stories, giving way took 4.5 s to 4.1 s');
  assert.equal(givesWayToIndexer(1525, 100_000), false, 'at 100,000 stories the planning and render outlast Pagefind');
  assert.equal(givesWayToIndexer(175, 4_000), false, "the week's part is indexed before the render is done");
  assert.equal(givesWayToIndexer(175, 100_000), false);
});

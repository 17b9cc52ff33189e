import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { otherFiles, ownedFiles, removedFiles } from '../../src/site/published-files.ts';
import type { PublishedState } from '../../src/site/build-state.ts';

const state = (pages: Record<string, string[]>, parts: Record<string, string[]>, others: string[] = []): PublishedState => ({
  buildId: 'b',
  scope: 's',
  pages: new Map(Object.entries(pages).map(([file, files]) => [file, { fingerprint: `f-${file}`, files: [file, ...files] }])),
  searchParts: Object.fromEntries(Object.entries(parts).map(([id, files]) => [id, { key: `k-${id}`, files: files.map((file) => `pagefind/${id}/${file}`) }])),
  others,
});

describe('the files of a published build', () => {
  test('pages, their second files and search parts are owned; anything else is not', () => {
    const owned = ownedFiles(state({ 'a/index.html': ['a/card.png'] }, { '2026-03': ['pagefind.js', 'fragment/x.pf_fragment'] }));
    assert.equal(owned('a/index.html'), true);
    assert.equal(owned('a/card.png'), true);
    assert.equal(owned('pagefind/2026-03/fragment/x.pf_fragment'), true);
    assert.equal(owned('pagefind/2026-03/fragment/y.pf_fragment'), false, 'not a file of the part');
    assert.equal(owned('pagefind/2026-04/pagefind.js'), false, 'no such part');
    assert.equal(owned('pagefind/pagefind.js'), false);
    assert.equal(owned('index.html'), false);
  });

  test('other files are the staging files no page or part owns', () => {
    const next = state({ 'a/index.html': [] }, { w: ['pagefind.js'] });
    assert.deepEqual(otherFiles(['index.html', 'a/index.html', 'pagefind/w/pagefind.js', 'feed.xml'], next), ['index.html', 'feed.xml']);
  });

  test('removed: the files of pages and parts gone or changed, and other files no longer written', () => {
    const previous = state(
      { 'a/index.html': ['a/card.png'], 'b/index.html': [], 'c/index.html': [] },
      { old: ['pagefind.js', 'fragment/1'], kept: ['pagefind.js'], changed: ['fragment/2', 'fragment/3'] },
      ['index.html', 'sitemaps/sitemap-2.xml'],
    );
    const next = state(
      // a's card is now c's (a card moves from one page to another); b is gone.
      { 'a/index.html': [], 'c/index.html': ['a/card.png'], 'd/index.html': [] },
      { kept: ['pagefind.js'], changed: ['fragment/3', 'fragment/4'] },
      ['index.html'],
    );
    next.searchParts.kept = previous.searchParts.kept!;
    assert.deepEqual(removedFiles(previous, next), ['b/index.html', 'pagefind/changed/fragment/2', 'pagefind/old/fragment/1', 'pagefind/old/pagefind.js', 'sitemaps/sitemap-2.xml']);
  });

  test('nothing is removed when nothing changed', () => {
    const previous = state({ 'a/index.html': [] }, { p: ['pagefind.js'] }, ['index.html']);
    assert.deepEqual(removedFiles(previous, state({ 'a/index.html': [] }, { p: ['pagefind.js'] }, ['index.html'])), []);
  });
});

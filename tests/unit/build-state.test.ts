import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPublishedState, writePublishedState, type PublishedState } from '../../src/site/build-state.ts';
import { tempDirSync } from '../helpers/temp-dir.ts';

const state: PublishedState = {
  buildId: 'build-1',
  scope: 'scope',
  pages: new Map([
    ['2026/11/20/a/index.html', { fingerprint: 'fa', files: ['2026/11/20/a/index.html', '2026/11/20/a/card.png'] }],
    ['issues/2026-11-20/index.html', { fingerprint: 'fi', files: ['issues/2026-11-20/index.html', 'issues/2026-11-20/email.html'] }],
    ['tags/trade/feed.xml', { fingerprint: 'ft', files: ['tags/trade/feed.xml'] }],
  ]),
  searchParts: {
    '2026-10': { key: 'k1', files: ['pagefind/2026-10/pagefind-entry.json', 'pagefind/2026-10/fragment/en_1.pf_fragment'] },
    empty: { key: 'k2', files: [] },
  },
  others: ['index.html', 'feed.xml'],
};

function stateFolder(): { cacheDir: string; outDir: string } {
  const root = tempDirSync('state');
  return { cacheDir: path.join(root, 'cache'), outDir: path.join(root, 'dist') };
}

test('the published state reads back as written, for the build the output holds only', async () => {
  const { cacheDir, outDir } = stateFolder();
  await writePublishedState(cacheDir, outDir, state);
  assert.deepEqual(readPublishedState(cacheDir, outDir, 'build-1'), state);
  assert.equal(readPublishedState(cacheDir, outDir, 'build-2'), undefined, 'the output holds another build');
  assert.equal(readPublishedState(undefined, outDir, 'build-1'), undefined, 'no cache');
});

test('a state file that is damaged or of another format is not trusted: the build is cold', async () => {
  const { cacheDir, outDir } = stateFolder();
  await writePublishedState(cacheDir, outDir, state);
  const folder = path.join(cacheDir, 'published');
  const file = path.join(folder, readdirSync(folder)[0]!);
  const written = readFileSync(file, 'utf8');
  assert.ok(written.includes('"fa"'));
  writeFileSync(file, written.replace('"fa"', '"fb"'));
  assert.equal(readPublishedState(cacheDir, outDir, 'build-1'), undefined, 'damaged');
  // The first state format: the page objects as they are in memory, under a valid checksum.
  const older = JSON.stringify(state);
  writeFileSync(file, `${createHash('sha256').update(older).digest('base64url')}\n${older}`);
  assert.equal(readPublishedState(cacheDir, outDir, 'build-1'), undefined, 'another format');
});

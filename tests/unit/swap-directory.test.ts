import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { replaceDirectory, stagingDirFor } from '../../src/site/swap-directory.ts';
import { tempDir } from '../helpers/build.ts';

test('a finished build replaces the site, and the old site is removed from beside it', async () => {
  const parent = await tempDir('swap');
  const site = path.join(parent, 'dist');
  await mkdir(path.join(site, 'old-story'), { recursive: true });
  await writeFile(path.join(site, 'old-story', 'index.html'), 'old');
  const staging = stagingDirFor(site);
  await mkdir(staging);
  await writeFile(path.join(staging, 'index.html'), 'new');

  await replaceDirectory(site, staging);
  assert.deepEqual(await readdir(site), ['index.html']);
  assert.equal(await readFile(path.join(site, 'index.html'), 'utf8'), 'new');
  // The old site is deleted in the background: give it a few seconds.
  for (let waited = 0; waited < 5000 && (await readdir(parent)).length > 1; waited += 50) await sleep(50);
  assert.deepEqual(await readdir(parent), ['dist']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { forgetLoadedStories } from '../../src/content/load.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { FIXTURE_NOW, fixtureCopy, tempDir } from '../helpers/build.ts';
import { snapshotSite } from '../helpers/site-snapshot.ts';

test('a build that fails while rendering, with the indexer running beside it, leaves the site as it was and nothing of its own behind', async () => {
  const contentDir = await fixtureCopy();
  const options = { contentDir, outDir: path.join(await tempDir('failed'), 'dist'), cacheDir: undefined, mode: 'production' as const, now: Date.parse(FIXTURE_NOW) };
  await buildSite(options);
  const published = await snapshotSite(options.outDir);

  // The render fails once the staging folder is written and the indexer has started: no slice size is not a size.
  await assert.rejects(buildSite({ ...options, pagesPerRender: 0 }), RangeError);
  assert.deepEqual(await snapshotSite(options.outDir), published, 'the published site is untouched');
  assert.deepEqual(await readdir(path.dirname(options.outDir)), ['dist'], 'no staging folder is left beside it');
  const scratch = [...(await readdir('/dev/shm').catch(() => [] as string[])), ...(await readdir(tmpdir()))];
  assert.deepEqual(scratch.filter((name) => name.startsWith(`daybook-search-${process.pid}-`)), [], "the stopped indexer's scratch folder is gone");
});

test('damaged story texts found by the indexer while Eleventy renders start the build over, in this process too', async () => {
  const contentDir = await fixtureCopy();
  const cacheDir = await tempDir('indexer-damage-cache');
  const options = { contentDir, outDir: path.join(await tempDir('indexer-damage'), 'dist'), cacheDir, mode: 'production' as const, now: Date.parse(FIXTURE_NOW) };
  await buildSite(options);
  // No search part to reuse, so the indexer reads the stories' texts at once, while Eleventy is still rendering.
  await rm(path.join(cacheDir, 'search'), { recursive: true, force: true });
  const [folder] = await readdir(path.join(cacheDir, 'content'));
  const texts = path.join(cacheDir, 'content', folder!, '2026-11.texts');
  const bytes = await readFile(texts);
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
  await writeFile(texts, bytes);
  forgetLoadedStories();

  const result = await buildSite({ ...options, outDir: path.join(await tempDir('indexer-damage-2'), 'dist') });
  assert.ok(result.notes.some((note) => note.includes(`${texts} was damaged or missing`)), result.notes.join('\n'));
});

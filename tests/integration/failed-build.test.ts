import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { buildSite, fixtureCopy, readOutput, tempDir, type RunResult } from '../helpers/build.ts';

/**
 * The fixture's nine stories are indexed in parts of four (site.yml search.storiesPerIndex):
 * 2026-11.1 holds the four oldest, 2026-11.3 the newest, "A late vote ..." alone.
 */
const PARTS = ['2026-11.1', '2026-11.2', '2026-11.3'];

describe('search index in parts, reused from the build cache', () => {
  let contentDir: string;
  let cacheDir: string;
  const build = async (): Promise<{ outDir: string; result: RunResult }> => {
    const built = await buildSite(contentDir, { extraArgs: ['--cache', cacheDir] });
    assert.equal(built.result.code, 0, built.result.stderr);
    return built;
  };
  const cacheEntries = async (): Promise<string[]> => {
    const [site] = await readdir(path.join(cacheDir, 'search'));
    return (await readdir(path.join(cacheDir, 'search', site ?? ''))).sort();
  };

  before(async () => {
    contentDir = await fixtureCopy();
    cacheDir = await tempDir('cache');
  });

  test('a cold build indexes every part and the search page loads the newest, merging the others', async () => {
    const { outDir, result } = await build();
    assert.match(result.stdout, /Search index: 9 stories in 3 parts\.\n/);
    for (const part of PARTS) {
      assert.ok(existsSync(path.join(outDir, 'pagefind', part, 'pagefind-entry.json')), `${part} is published`);
    }
    const search = parse(await readOutput(outDir, 'search/index.html')).querySelector('#search');
    assert.equal(search?.getAttribute('data-bundle-path'), '/digest/pagefind/2026-11.3/');
    assert.deepEqual(search?.getAttribute('data-merge-bundles')?.trim().split(' '), ['/digest/pagefind/2026-11.2/', '/digest/pagefind/2026-11.1/']);
    assert.deepEqual((await cacheEntries()).map((entry) => entry.split('.').slice(0, 2).join('.')), PARTS);
  });

  test('an unchanged archive reuses every part; an edit re-indexes only its own part', async () => {
    // A marker in each cached part shows which parts a build copied rather than indexed.
    for (const entry of await cacheEntries()) {
      const [site] = await readdir(path.join(cacheDir, 'search'));
      await writeFile(path.join(cacheDir, 'search', site ?? '', entry, 'from-cache.txt'), entry);
    }
    const unchanged = await build();
    assert.match(unchanged.result.stdout, /Search index: 9 stories in 3 parts, 3 reused from the build cache\./);
    for (const part of PARTS) assert.ok(existsSync(path.join(unchanged.outDir, 'pagefind', part, 'from-cache.txt')), `${part} reused`);

    const story = path.join(contentDir, 'stories/2026-11-24-evening-vote.md');
    await writeFile(story, `${await readFile(story, 'utf8')}\nA correction was appended to this story.\n`);
    const edited = await build();
    assert.match(edited.result.stdout, /3 parts, 2 reused from the build cache\./);
    assert.ok(existsSync(path.join(edited.outDir, 'pagefind/2026-11.1/from-cache.txt')));
    assert.ok(existsSync(path.join(edited.outDir, 'pagefind/2026-11.2/from-cache.txt')));
    assert.ok(!existsSync(path.join(edited.outDir, 'pagefind/2026-11.3/from-cache.txt')), 'the edited part is indexed afresh');
    assert.equal((await cacheEntries()).length, 3, "the edited part's old index is pruned from the cache");
  });

  test('--no-cache indexes everything and leaves no cache behind', async () => {
    const noCache = await tempDir('no-cache');
    const { result } = await buildSite(contentDir, { extraArgs: ['--no-cache'], env: { DAYBOOK_CACHE: noCache } });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Search index: 9 stories in 3 parts\.\n/);
    assert.deepEqual(await readdir(noCache), []);
  });
});

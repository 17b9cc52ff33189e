import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, type SiteBuildResult } from '../../src/site/build-site.ts';
import { OUTPUT_MARKER } from '../../src/site/output-folder.ts';
import { FIXTURE_NOW, fixtureCopy, tempDir } from '../helpers/build.ts';
import { snapshotSite } from '../helpers/site-snapshot.ts';

/**
 * Issue 11: an incremental build must publish exactly what a cold build of the same content
 * publishes. One archive is changed step by step, each step built incrementally into the
 * same output, and compared file by file with a cold build of that step's content. Builds
 * run in this process, as Eleventy's own tests do.
 */

const story = (frontMatter: string, body = 'The text of the story, long enough to be summarized on its own.') => `---\n${frontMatter}\n---\n${body}\n`;

describe('an incremental build publishes what a cold build of the same content publishes', () => {
  let content = '';
  let outDir = '';
  let cacheDir = '';
  let now = FIXTURE_NOW;

  const build = (out: string, cache: string | undefined, pagesPerRender?: number): Promise<SiteBuildResult> =>
    buildSite({ contentDir: content, outDir: out, cacheDir: cache, mode: 'production', now: Date.parse(now), pagesPerRender });

  /** Builds the current content incrementally into the shared output, then cold elsewhere, and compares. */
  const assertSameAsCold = async (): Promise<SiteBuildResult> => {
    const incremental = await build(outDir, cacheDir);
    assert.equal(incremental.kind, 'incremental');
    const coldOut = path.join(await tempDir('cold'), 'dist');
    // The cold build renders in slices of 40 pages (the fixture has about twice as many): slicing must not change a byte either.
    const cold = await build(coldOut, undefined, 40);
    assert.equal(cold.kind, 'cold');
    const [got, expected] = await Promise.all([snapshotSite(outDir), snapshotSite(coldOut)]);
    assert.deepEqual(Object.keys(got.files), Object.keys(expected.files), 'the same files are published');
    for (const file of Object.keys(expected.files)) assert.equal(got.files[file], expected.files[file], `${file} is the same`);
    assert.deepEqual(got.searchRecords, expected.searchRecords, 'the search index holds the same records');
    return incremental;
  };

  before(async () => {
    content = await fixtureCopy();
    outDir = path.join(await tempDir('incremental'), 'dist');
    cacheDir = await tempDir('incremental-cache');
    const first = await build(outDir, cacheDir);
    assert.equal(first.kind, 'cold');
  });

  test('nothing changed: nothing is rendered again', async () => {
    const result = await assertSameAsCold();
    assert.equal(result.rendered, 0);
  });

  test('a new story', async () => {
    await writeFile(
      path.join(content, 'stories/2026-11-24-port-strike.md'),
      story('title: Dockworkers walk out at three ports\ndate: 2026-11-24T15:00:00-05:00\nsection: Business\ntags: [labor, ports]'),
    );
    const result = await assertSameAsCold();
    assert.ok(result.rendered > 0 && result.rendered < 40, `rendered ${result.rendered} pages`);
  });

  test('a corrected story', async () => {
    const file = path.join(content, 'stories/2026-11-22-grain-prices.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: "Grain prices fall (corrected)"'));
    const result = await assertSameAsCold();
    // Its issue, section and the front page write their cards again from the card cache: only the story's new headline is drawn.
    assert.match(result.notes.join('\n'), /Social cards: \d+ written, 1 drawn\./);
  });

  test('a story moved to another day', async () => {
    const file = path.join(content, 'stories/2026-11-24-port-strike.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('date: 2026-11-24T15:00:00-05:00', 'date: 2026-11-23T15:00:00-05:00'));
    await assertSameAsCold();
  });

  test('a story moved to another section and tag', async () => {
    const file = path.join(content, 'stories/2026-11-24-port-strike.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('section: Business', 'section: World').replace('tags: [labor, ports]', 'tags: [labor, shipping]'));
    await assertSameAsCold();
  });

  test('a renamed file', async () => {
    await rename(path.join(content, 'stories/2026-11-24-port-strike.md'), path.join(content, 'stories/2026-11-23-dock-strike.md'));
    await assertSameAsCold();
  });

  test('a story that becomes the lead of its day', async () => {
    const file = path.join(content, 'stories/2026-11-23-dock-strike.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('section: World', 'section: World\nlead: true'));
    const budget = path.join(content, 'stories/2026-11-23-budget-vote.md');
    await writeFile(budget, (await readFile(budget, 'utf8')).replace(/^lead: true\n/m, ''));
    await assertSameAsCold();
  });

  test('a draft made public', async () => {
    const file = path.join(content, 'stories/2026-11-23-unfinished-draft.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^draft: true$/m, 'draft: false'));
    await assertSameAsCold();
  });

  test('a scheduled story whose time has come', async () => {
    now = '2026-11-26T20:00:00-05:00';
    await assertSameAsCold();
    // A fourth day: the stories of the oldest (22nd) now share their section's card, theirs are removed.
    const grain = await readFile(path.join(outDir, '2026/11/22/grain-prices/index.html'), 'utf8');
    assert.match(grain, /<meta property="og:image" content="https:\/\/fixture\.example\/digest\/sections\/business\/card\.png">/);
    await assert.rejects(readFile(path.join(outDir, '2026/11/22/grain-prices/card.png')));
    await readFile(path.join(outDir, '2026/11/26/scheduled-story/card.png'));
  });

  test('a story on a new day before every other, which renumbers every issue', async () => {
    await writeFile(path.join(content, 'stories/2026-11-20-archive-find.md'), story('title: An old letter turns up\ndate: 2026-11-20T10:00:00-05:00\nsection: Media'));
    await assertSameAsCold();
  });

  test('a deleted story', async () => {
    await rm(path.join(content, 'stories/2026-11-23-dock-strike.md'));
    await assertSameAsCold();
  });

  test('a change to site.yml renders everything', async () => {
    const file = path.join(content, 'site.yml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('tagline: A small site the integration tests build.', 'tagline: A new tagline.'));
    const result = await build(outDir, cacheDir);
    assert.equal(result.kind, 'cold');
  });

  test('an output whose state the cache does not describe is built cold', async () => {
    await writeFile(path.join(outDir, OUTPUT_MARKER), '{"generator":"Daybook","buildId":"another-build"}\n');
    const result = await build(outDir, cacheDir);
    assert.equal(result.kind, 'cold');
  });
});

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parse } from 'node-html-parser';
import { buildSite, fixtureCopy, readOutput, tempDir } from '../helpers/build.ts';

const STORY = 'stories/2026-11-23-ceasefire-monitors.md';
const STORY_PAGE = '2026/11/23/ceasefire-monitors/index.html';
const REAL_TITLE = 'Ceasefire monitors report a quiet night';

interface CacheFile {
  scope: string;
  stories: Record<string, { textHash: string; result: { story?: { title: string } } }>;
}

describe('parsed stories reused from the build cache', () => {
  let contentDir: string;
  let cacheDir: string;
  const cacheFile = async (): Promise<string> => {
    const [name, ...others] = await readdir(path.join(cacheDir, 'content'));
    assert.equal(others.length, 0, 'one cache file per content folder');
    return path.join(cacheDir, 'content', name ?? '');
  };
  const readCache = async (): Promise<CacheFile> => deserialize(await readFile(await cacheFile())) as CacheFile;
  /** Plants a title in the cache that no file has: a page showing it was built from the cache. */
  const plantTitle = async (relativePath: string, title: string): Promise<void> => {
    const cache = await readCache();
    const story = cache.stories[relativePath]?.result.story;
    assert.ok(story, `${relativePath} is cached`);
    story.title = title;
    await writeFile(await cacheFile(), serialize(cache));
  };
  const builtTitle = async (): Promise<string | undefined> => {
    const { outDir, result } = await buildSite(contentDir, { extraArgs: ['--cache', cacheDir] });
    assert.equal(result.code, 0, result.stderr);
    return parse(await readOutput(outDir, STORY_PAGE)).querySelector('h1')?.text;
  };

  before(async () => {
    contentDir = await fixtureCopy();
    cacheDir = await tempDir('cache');
    assert.equal(await builtTitle(), REAL_TITLE);
  });

  test('an unchanged file is not parsed again', async () => {
    await plantTitle(STORY, 'Planted in the cache');
    assert.equal(await builtTitle(), 'Planted in the cache');
  });

  test('an edited file is parsed again', async () => {
    await plantTitle(STORY, 'Planted in the cache');
    const file = path.join(contentDir, STORY);
    await writeFile(file, `${await readFile(file, 'utf8')}\nUpdated with a late report.\n`);
    assert.equal(await builtTitle(), REAL_TITLE);
  });

  test('a change to site.yml parses every story again', async () => {
    await plantTitle(STORY, 'Planted in the cache');
    const config = path.join(contentDir, 'site.yml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('tagline: A small site the integration tests build.', 'tagline: Another tagline.'));
    assert.equal(await builtTitle(), REAL_TITLE);
  });

  test('a deleted story leaves the cache', async () => {
    await rm(path.join(contentDir, 'stories/2026-11-22-grain-prices.md'));
    await builtTitle();
    const cached = Object.keys((await readCache()).stories);
    assert.ok(!cached.includes('stories/2026-11-22-grain-prices.md'));
    assert.ok(cached.includes(STORY));
  });
});

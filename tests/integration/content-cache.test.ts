import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { decodeShard, encodeShard, type CacheShard } from '../../src/content/story-cache-file.ts';
import { buildSite as buildInProcess } from '../../src/site/build-site.ts';
import { buildSite, FIXTURE_NOW, fixtureCopy, readOutput, tempDir } from '../helpers/build.ts';
import { loadInFreshThread } from '../helpers/fresh-load.ts';

const STORY = 'stories/2026-11-23-ceasefire-monitors.md';
const STORY_PAGE = '2026/11/23/ceasefire-monitors/index.html';
const REAL_TITLE = 'Ceasefire monitors report a quiet night';

describe('parsed stories reused from the build cache', () => {
  let contentDir: string;
  let cacheDir: string;
  const cacheFolder = async (): Promise<string> => {
    const [name, ...others] = await readdir(path.join(cacheDir, 'content'));
    assert.equal(others.length, 0, 'one cache folder per content folder');
    return path.join(cacheDir, 'content', name ?? '');
  };
  const readShards = async (): Promise<Map<string, CacheShard>> => {
    const folder = await cacheFolder();
    const names = (await readdir(folder)).sort();
    const shardOf = async (name: string): Promise<CacheShard> => {
      const { shard } = decodeShard(await readFile(path.join(folder, name)));
      assert.ok(shard, `${name} is a readable story cache file`);
      return shard;
    };
    return new Map(await Promise.all(names.map(async (name) => [name, await shardOf(name)] as const)));
  };
  const cachedPaths = async (): Promise<string[]> => [...(await readShards()).values()].flatMap((shard) => Object.keys(shard.stories));
  /** Plants a title in the cache that no file has: a page showing it was built from the cache. */
  const plantTitle = async (relativePath: string, title: string): Promise<void> => {
    const [name, shard] = [...(await readShards())].find(([, candidate]) => relativePath in candidate.stories) ?? [];
    const story = shard?.stories[relativePath]?.result.story;
    assert.ok(name && shard && story, `${relativePath} is cached`);
    story.title = title;
    await writeFile(path.join(await cacheFolder(), name), encodeShard(shard));
  };
  const options = () => ({ contentDir, cacheDir, mode: 'production' as const, now: Date.parse(FIXTURE_NOW) });
  const headline = async (outDir: string): Promise<string | undefined> => parse(await readOutput(outDir, STORY_PAGE)).querySelector('h1')?.text;
  /** The story's headline on its page, built by the CLI: a process of its own, reading the cache. */
  const builtTitle = async (): Promise<string | undefined> => {
    const { outDir, result } = await buildSite(contentDir, { extraArgs: ['--cache', cacheDir] });
    assert.equal(result.code, 0, result.stderr);
    return headline(outDir);
  };
  /**
   * The story's headline as a new build would render it: loading the content is the only step
   * that reads this cache, so a fresh load answers without rendering and indexing the site.
   */
  const loadedTitle = async (): Promise<string | undefined> =>
    (await loadInFreshThread(options())).find((story) => story.file.endsWith(STORY))?.title;

  before(async () => {
    contentDir = await fixtureCopy();
    cacheDir = await tempDir('cache');
    // In this process: what it keeps in memory does not matter, as later builds and loads start fresh.
    const outDir = path.join(await tempDir('out'), 'dist');
    await buildInProcess({ ...options(), outDir });
    assert.equal(await headline(outDir), REAL_TITLE);
  });

  test('an unchanged file is not parsed again', async () => {
    await plantTitle(STORY, 'Planted in the cache');
    assert.equal(await builtTitle(), 'Planted in the cache');
  });

  test('an edited file is parsed again', async () => {
    await plantTitle(STORY, 'Planted in the cache');
    const file = path.join(contentDir, STORY);
    await writeFile(file, `${await readFile(file, 'utf8')}\nUpdated with a late report.\n`);
    assert.equal(await loadedTitle(), REAL_TITLE);
  });

  test('a change to site.yml parses every story again', async () => {
    await plantTitle(STORY, 'Planted in the cache');
    const config = path.join(contentDir, 'site.yml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('tagline: A small site the integration tests build.', 'tagline: Another tagline.'));
    assert.equal(await loadedTitle(), REAL_TITLE);
  });

  test('a deleted story leaves the cache', async () => {
    await rm(path.join(contentDir, 'stories/2026-11-22-grain-prices.md'));
    await loadInFreshThread(options());
    const cached = await cachedPaths();
    assert.ok(!cached.includes('stories/2026-11-22-grain-prices.md'));
    assert.ok(cached.includes(STORY));
  });

  test("an edit rewrites only the cache file that holds the edited story's entry", async () => {
    await loadInFreshThread(options());
    const folder = await cacheFolder();
    const before = await readShards();
    assert.ok(before.size > 1, 'the stories are spread over several files');
    const modified = async (): Promise<Map<string, number>> =>
      new Map(await Promise.all([...before.keys()].map(async (name) => [name, (await stat(path.join(folder, name))).mtimeMs] as const)));
    const mtimes = await modified();
    const file = path.join(contentDir, STORY);
    await writeFile(file, `${await readFile(file, 'utf8')}\nA second late report.\n`);
    assert.equal(await loadedTitle(), REAL_TITLE);
    const after = await modified();
    const rewritten = [...before.keys()].filter((name) => after.get(name) !== mtimes.get(name));
    assert.deepEqual(rewritten, [...before].filter(([, shard]) => STORY in shard.stories).map(([name]) => name));
  });
});

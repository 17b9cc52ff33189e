import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SETTLE_MS } from '../../src/content/file-stat.ts';
import { parse } from 'node-html-parser';
import type { CacheShard } from '../../src/content/story-cache-file.ts';
import { readShardFile, writeShardFile } from '../helpers/story-cache.ts';
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
    const names = (await readdir(folder)).filter((name) => name.endsWith('.v8')).sort();
    const shardOf = async (name: string): Promise<CacheShard> => {
      const { shard } = readShardFile(path.join(folder, name));
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
    await writeShardFile(path.join(await cacheFolder(), name), shard);
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

  test("a damaged texts file, found only when a story's HTML is used, makes the build start over without it and succeed", async () => {
    await loadInFreshThread(options());
    const [name] = [...(await readShards())].find(([, shard]) => STORY in shard.stories) ?? [];
    assert.ok(name);
    const texts = path.join(await cacheFolder(), name.replace(/\.v8$/, '.texts'));
    const bytes = await readFile(texts);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
    await writeFile(texts, bytes);

    // Settled files are taken by their stat, so the build's own first load keeps stories that read from the damaged file.
    await sleep(SETTLE_MS);
    // A build of its own (this process keeps stories it read): the feeds print the newest stories' text, so it reads the newest month's texts.
    const { outDir, result } = await buildSite(contentDir, { extraArgs: ['--cache', cacheDir] });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.includes(`${texts} was damaged or missing: its stories were parsed again.`), result.stdout);
    assert.equal(await headline(outDir), REAL_TITLE);
    const again = await buildSite(contentDir, { extraArgs: ['--cache', cacheDir] });
    assert.equal(again.result.code, 0, again.result.stderr);
    assert.ok(!again.result.stdout.includes('damaged'), 'the shard was written anew');
  });

  test('a deleted story leaves the cache', async () => {
    await rm(path.join(contentDir, 'stories/2026-11-22-grain-prices.md'));
    await loadInFreshThread(options());
    const cached = await cachedPaths();
    assert.ok(!cached.includes('stories/2026-11-22-grain-prices.md'));
    assert.ok(cached.includes(STORY));
  });

  test("an edit rewrites only the cache files of the edited story's month", async () => {
    // The fixture's stories are all of one month: one more month makes a second shard.
    await writeFile(
      path.join(contentDir, 'stories/2026-10-05-an-older-story.md'),
      '---\ntitle: An older story from October\ndate: 2026-10-05T08:00:00-04:00\nsection: World\n---\nA story from the month before, so the cache has a second shard.\n',
    );
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

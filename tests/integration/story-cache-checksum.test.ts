import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { readShardFile, writeShardFile } from '../helpers/story-cache.ts';
import { FIXTURE_NOW, fixtureCopy, tempDir } from '../helpers/build.ts';

const STORY = 'stories/2026-11-23-ceasefire-monitors.md';
const REAL_TITLE = 'Ceasefire monitors report a quiet night';
/** As long as the real title, so an edit in place keeps every length in the shard the same. */
const ALTERED_TITLE = 'Ceasefire monitors report a noisy night';

describe('story cache files are checksummed', () => {
  let contentDir: string;
  let cacheDir: string;
  const cacheFolder = async (): Promise<string> => {
    const [name] = await readdir(path.join(cacheDir, 'content'));
    return path.join(cacheDir, 'content', name ?? '');
  };
  /** The shard entries file whose bytes hold the story's title. */
  const shardHoldingStory = async (): Promise<string> => {
    const folder = await cacheFolder();
    for (const name of (await readdir(folder)).filter((file) => file.endsWith('.v8'))) {
      const file = path.join(folder, name);
      if ((await readFile(file)).includes(Buffer.from(REAL_TITLE, 'latin1'))) return file;
    }
    throw new Error(`no story cache file holds "${REAL_TITLE}"`);
  };
  /**
   * Loads the content as a build in this process does. The story's file is touched first, so
   * this process's own memory of it is stale and the load goes through the cache on disk.
   */
  const loadedTitle = async (): Promise<string | undefined> => {
    const now = new Date();
    await utimes(path.join(contentDir, STORY), now, now);
    const { stories } = await loadContent({ contentDir, mode: 'production', now: Date.parse(FIXTURE_NOW), cacheDir });
    return stories.find((story) => story.id === STORY.replace(/\.md$/, ''))?.title;
  };

  before(async () => {
    contentDir = await fixtureCopy();
    cacheDir = await tempDir('story-cache');
    assert.equal(await loadedTitle(), REAL_TITLE);
  });

  test('an intact shard is read: a title planted through the file format is what loads', async () => {
    const file = await shardHoldingStory();
    const { shard } = readShardFile(file);
    const story = shard?.stories[STORY]?.result.story;
    assert.ok(shard && story, `${STORY} is cached in ${file}`);
    story.title = ALTERED_TITLE;
    await writeShardFile(file, shard);
    assert.equal(await loadedTitle(), ALTERED_TITLE);
    story.title = REAL_TITLE;
    await writeShardFile(file, shard);
  });

  test('a shard edited in place (same length) is discarded: the story is parsed afresh and the shard rewritten', async () => {
    const file = await shardHoldingStory();
    const bytes = await readFile(file);
    const at = bytes.indexOf(Buffer.from(REAL_TITLE, 'latin1'));
    bytes.write(ALTERED_TITLE, at, 'latin1');
    await writeFile(file, bytes);

    assert.equal(await loadedTitle(), REAL_TITLE);
    const rewritten = readShardFile(file);
    assert.equal(rewritten.shard?.stories[STORY]?.result.story?.title, REAL_TITLE, 'the next write replaced the damaged shard');
  });

  test('a truncated shard is discarded', async () => {
    const file = await shardHoldingStory();
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 10));
    assert.deepEqual(readShardFile(file), { shard: undefined, damaged: true });
    assert.equal(await loadedTitle(), REAL_TITLE);
    assert.ok(readShardFile(file).shard, 'rewritten whole');
  });
});

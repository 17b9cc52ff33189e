import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus, writeCorpus } from '../../scripts/bench/corpus.ts';
import { loadContent, parseStory, parseStoryFiles } from '../../src/content/load.ts';
import { listStoryFiles } from '../../src/content/story-files.ts';
import { loadSiteConfig } from '../../src/content/site-config.ts';
import { PARALLEL_THRESHOLD, parseInParallel } from '../../src/content/parallel-load.ts';
import { tempDir } from '../helpers/build.ts';

// A bench-sized archive is parsed partly on a worker thread: the stories must be exactly
// those parsing each file in this thread gives, in the same order.
describe('loading a large archive in parallel', () => {
  const corpus = generateCorpus(PARALLEL_THRESHOLD + 100, 11);
  let contentDir: string;
  before(async () => {
    contentDir = path.join(await tempDir('parallel-load'), 'content');
    await writeCorpus(contentDir, corpus.files);
  });

  it('gives the same stories as parsing one file at a time', async () => {
    const options = { contentDir, mode: 'production' as const, now: Date.parse(corpus.now) };
    const loaded = await loadContent(options);
    const config = await loadSiteConfig(contentDir);
    const files = await listStoryFiles(contentDir);
    const expected = await Promise.all(
      files.map(async (relativePath) => {
        const absolutePath = path.join(contentDir, relativePath);
        const displayPath = path.relative(process.cwd(), absolutePath);
        return parseStory(await readFile(absolutePath, 'utf8'), { relativePath, displayPath }, config).story;
      }),
    );
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    assert.equal(loaded.stories.length, PARALLEL_THRESHOLD + 100);
    assert.deepEqual([...loaded.stories].sort(byId), expected.flatMap((story) => (story ? [story] : [])).sort(byId));
  });

  it('lets the worker take chunks while this thread is slow, and puts every result in file order', async () => {
    const config = await loadSiteConfig(contentDir);
    const files = (await listStoryFiles(contentDir)).map((relativePath) => ({ relativePath, displayPath: relativePath }));
    const parsedHere: string[] = [];
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const results = await parseInParallel({ contentDir, config, files }, (chunk) => {
      parsedHere.push(...chunk.map((file) => file.relativePath));
      // A slow thread (a busy core): the worker should take most of the chunks once it is up.
      Atomics.wait(pause, 0, 0, 150);
      return parseStoryFiles(contentDir, chunk, config);
    }, 1);
    assert.ok(parsedHere.length > 0 && parsedHere.length < files.length, `this thread parsed ${parsedHere.length} of ${files.length}`);
    assert.deepEqual(results, parseStoryFiles(contentDir, files, config));
  });
});

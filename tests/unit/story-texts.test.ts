import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PersistentStoryCache, type CachedStory } from '../../src/content/story-cache.ts';
import { makeStory } from '../helpers/stories.ts';

const entry = (slug: string, html: string): CachedStory => ({
  textHash: `hash-${slug}-${html.length}`,
  stat: undefined,
  result: { story: makeStory({ slug, html, pageHtml: html, date: '2026-03-10T09:00:00-05:00' }), problems: [] },
});

describe("a story's text read back from the story cache", () => {
  test('after a write, stories read their HTML from the texts file; a story of an earlier read still reads its own after the file is replaced', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'daybook-story-texts-'));
    try {
      const written = new Map([['stories/a.md', entry('a', '<p>Alpha</p>')], ['stories/b.md', entry('b', '<p>Bravo</p>')]]);
      await new PersistentStoryCache(cacheDir, '/content').write('scope', written, new Set(written.keys()));
      const [folder] = await readdir(path.join(cacheDir, 'content'));
      assert.deepEqual((await readdir(path.join(cacheDir, 'content', folder!))).sort(), ['2026-03.texts', '2026-03.v8'], 'one month, one shard');
      // The written story now reads its HTML back from the file, and gets the same text.
      assert.equal(Object.hasOwn(written.get('stories/a.md')!.result.story!, 'html'), false, 'the story no longer holds its HTML');
      assert.equal(written.get('stories/a.md')!.result.story!.html, '<p>Alpha</p>');

      // A dev server holds the stories of one read while the next build edits another story of the month.
      const earlier = await new PersistentStoryCache(cacheDir, '/content').read('scope');
      const later = new PersistentStoryCache(cacheDir, '/content');
      const next = await later.read('scope');
      next.set('stories/b.md', entry('b', '<p>Bravo, corrected</p>'));
      await later.write('scope', next, new Set(['stories/b.md']));

      assert.equal(earlier.get('stories/a.md')!.result.story!.html, '<p>Alpha</p>', 'read before its file was replaced');
      assert.equal(earlier.get('stories/b.md')!.result.story!.pageHtml, '<p>Bravo</p>', 'the earlier read keeps the earlier text');
      assert.equal(next.get('stories/a.md')!.result.story!.html, '<p>Alpha</p>');
      const fresh = await new PersistentStoryCache(cacheDir, '/content').read('scope');
      assert.equal(fresh.get('stories/b.md')!.result.story!.html, '<p>Bravo, corrected</p>');
      assert.equal(fresh.get('stories/a.md')!.result.story!.html, '<p>Alpha</p>');
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});

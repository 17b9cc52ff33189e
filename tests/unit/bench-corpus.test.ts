import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { generateCorpus, writeCorpus, STORIES_PER_DAY, type Corpus } from '../../scripts/bench/corpus.ts';
import { parseFrontMatter } from '../../src/content/front-matter.ts';
import { runCli, tempDir } from '../helpers/build.ts';

const storiesOf = (corpus: Corpus) => corpus.files.filter((file) => file.path.startsWith('stories/'));

describe('bench corpus generator', () => {
  const corpus = generateCorpus(120, 7);

  it('is deterministic for a seed and differs between seeds', () => {
    assert.deepEqual(generateCorpus(120, 7), corpus);
    assert.notDeepEqual(generateCorpus(120, 8).files, corpus.files);
  });

  it('writes N stories over N/25 days with unique file names, and a site.yml', () => {
    const stories = storiesOf(corpus);
    assert.equal(stories.length, 120);
    assert.equal(new Set(stories.map((file) => file.path)).size, 120);
    assert.equal(corpus.days, Math.ceil(120 / STORIES_PER_DAY));
    assert.equal(new Set(stories.map((file) => file.path.slice('stories/'.length, 'stories/'.length + 10))).size, corpus.days);
    assert.ok(corpus.files.some((file) => file.path === 'site.yml'));
  });

  it('gives 400-900 word bodies, about half of them without a summary', () => {
    const parsed = storiesOf(corpus).map((file) => parseFrontMatter(file.text, file.path));
    for (const result of parsed) {
      assert.ok(result.ok);
      const words = result.body.split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 400 && words <= 900, `${words} words`);
    }
    const withoutSummary = parsed.filter((result) => result.ok && result.data.summary === undefined).length;
    assert.ok(withoutSummary > 30 && withoutSummary < 90, `${withoutSummary} of 120 without a summary`);
  });

  describe('written to disk', () => {
    let check: Awaited<ReturnType<typeof runCli>>;
    before(async () => {
      const dir = path.join(await tempDir('bench-corpus'), 'content');
      await writeCorpus(dir, corpus.files);
      check = await runCli('check', ['--content', dir, '--now', corpus.now]);
    });

    it('passes npm run check with every story published and no warnings', () => {
      assert.equal(check.code, 0, check.stderr);
      assert.match(check.stdout, /120 stories in 5 issues, 0 warnings/);
    });
  });
});

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { corpusFiles, generateCorpus, writeGeneratedCorpus, STORIES_PER_DAY, type Corpus, type WrittenCorpus } from '../../scripts/bench/corpus.ts';
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

  it('comes one file at a time, so 100,000 stories are never held at once', () => {
    assert.deepEqual([...corpusFiles(120, 7)], corpus.files);
    const started = performance.now();
    const stream = corpusFiles(100_000_000, 7);
    assert.equal(stream.next().value?.path, 'site.yml');
    assert.ok(stream.next().value?.path.startsWith('stories/'));
    assert.ok(performance.now() - started < 1000, 'the first stories come without generating the rest');
  });

  describe('written to disk', () => {
    let check: Awaited<ReturnType<typeof runCli>>;
    let written: WrittenCorpus;
    before(async () => {
      const dir = path.join(await tempDir('bench-corpus'), 'content');
      written = await writeGeneratedCorpus(dir, 120, 7);
      check = await runCli('check', ['--content', dir, '--now', corpus.now]);
    });

    it("gives the stories' paths in name order (by day), and the corpus's days and now", () => {
      const expected = storiesOf(corpus).map((file) => file.path).sort();
      assert.deepEqual(written.storyPaths, expected);
      assert.deepEqual({ count: written.count, days: written.days, now: written.now }, { count: 120, days: corpus.days, now: corpus.now });
    });

    it('passes npm run check with every story published and no warnings', () => {
      assert.equal(check.code, 0, check.stderr);
      assert.match(check.stdout, /120 stories in 5 issues, 0 warnings/);
    });
  });
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { addedStory, correctedStory, middleStoryPath, newestStoryPath } from '../../scripts/bench/edits.ts';
import { parseFrontMatter } from '../../src/content/front-matter.ts';

const corpus = generateCorpus(60, 3);
const storyPaths = corpus.files.map((file) => file.path).filter((file) => file.startsWith('stories/')).sort();
const newestDay = storyPaths.at(-1)?.slice('stories/'.length, 'stories/'.length + 10) ?? '';

const frontMatterOf = (text: string, file = 'story.md'): Record<string, unknown> => {
  const parsed = parseFrontMatter(text, file);
  assert.ok(parsed.ok, `${file} should parse`);
  return parsed.data;
};

describe('bench edits: a story added for today', () => {
  test("is dated the corpus's newest day, so it joins today's issue, and never claims the lead", () => {
    for (const run of [0, 1, 2]) {
      const story = addedStory(corpus, run, 3);
      assert.ok(story.path.startsWith(`stories/${newestDay}-`), story.path);
      const data = frontMatterOf(story.text, story.path);
      assert.match(String(data.date), new RegExp(`^${newestDay}`));
      assert.equal(data.lead, undefined);
      assert.equal(typeof data.title, 'string');
    }
  });

  test('has a file name of its own, another one each run, and the same for the same run', () => {
    const added = [0, 1, 2].map((run) => addedStory(corpus, run, 3).path);
    assert.equal(new Set(added).size, 3);
    for (const file of added) assert.ok(!storyPaths.includes(file), `${file} is already in the corpus`);
    assert.deepEqual(addedStory(corpus, 1, 3), addedStory(corpus, 1, 3));
  });
});

describe('bench edits: a correction', () => {
  const original = corpus.files.find((file) => file.path === storyPaths[10])?.text ?? '';

  test('rewords the headline and ends the text with a correction note, leaving the rest as it was', () => {
    const corrected = correctedStory(original, 0);
    const before = frontMatterOf(original);
    const after = frontMatterOf(corrected);
    assert.equal(after.title, `${String(before.title)}, officials say`);
    assert.deepEqual({ ...after, title: before.title }, before);
    const changedLines = corrected.split('\n').filter((line, index) => line !== original.split('\n')[index]);
    assert.ok(changedLines[0]?.startsWith('title: '), 'the title line is the first that changed');
    assert.match(corrected, /\nCorrection \(1\): an earlier version of this story misstated the date of the vote\.\n$/);
    assert.ok(corrected.includes(original.slice(original.indexOf('\n---\n') + 5)), 'the body is kept');
  });

  test('is another edit each run', () => {
    assert.notEqual(correctedStory(original, 0), correctedStory(original, 1));
  });

  test('keeps a headline that needs quoting valid YAML', () => {
    const text = '---\ntitle: "Vote: \\"yes\\" wins"\ndate: 2026-11-20\n---\n\nBody.\n';
    assert.equal(frontMatterOf(correctedStory(text, 0)).title, 'Vote: "yes" wins, officials say');
  });

  test('refuses a story without a title line', () => {
    assert.throws(() => correctedStory('---\ndate: 2026-11-20\n---\n\nBody.\n', 0), /no title: line/);
  });
});

describe('bench edits: which stories are corrected', () => {
  test('one from the middle of the archive, another each run', () => {
    assert.equal(middleStoryPath(storyPaths, 0), storyPaths[30]);
    assert.equal(middleStoryPath(storyPaths, 2), storyPaths[32]);
  });

  test("one of today's stories, newest first, another each run", () => {
    assert.equal(newestStoryPath(storyPaths, 0), storyPaths[59]);
    assert.equal(newestStoryPath(storyPaths, 1), storyPaths[58]);
    assert.ok(newestStoryPath(storyPaths, 4).includes(newestDay));
  });

  test('wraps around in a small archive and refuses an empty one', () => {
    assert.equal(middleStoryPath(['a', 'b'], 3), 'a');
    assert.equal(newestStoryPath(['a', 'b'], 2), 'b');
    assert.throws(() => middleStoryPath([], 0), /no stories/);
  });
});

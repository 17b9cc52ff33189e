import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findCrossStoryProblems } from '../../src/content/cross-checks.ts';
import type { Story } from '../../src/content/story.ts';

const story = (file: string, section: string, tags: string[], extra: Partial<Story> = {}): Story =>
  ({
    file,
    url: `/${file}/`,
    lead: false,
    published: { day: '2026-11-20' },
    section: { name: section },
    tags: tags.map((name) => ({ name })),
    ...extra,
  }) as unknown as Story;

describe('problems across stories', () => {
  test('two tag names that share one page are an error naming both and the first file of each', () => {
    const problems = findCrossStoryProblems([
      story('a.md', 'World', ['C++', 'Trade']),
      story('b.md', 'World', ['C++']),
      story('c.md', 'World', ['C#']),
      story('d.md', 'World', ['C#']),
    ]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.field, 'tags');
    assert.match(problems[0]?.message ?? '', /"C\+\+" \(a\.md\) and "C#" \(c\.md\) would share one page, \/tags\/c\//);
  });

  test('one name given by many stories, or in another case, is no clash', () => {
    const stories = Array.from({ length: 50 }, (_, index) => story(`s${index}.md`, index % 2 ? 'World' : 'world', ['Iran', index % 2 ? 'iran' : 'IRAN']));
    assert.deepEqual(findCrossStoryProblems(stories), []);
  });

  test('a section and a tag of one slug are different pages', () => {
    assert.deepEqual(findCrossStoryProblems([story('a.md', 'Trade', ['Trade!'])]), []);
  });

  test('section names that share one page are an error on the section field', () => {
    const problems = findCrossStoryProblems([story('a.md', 'Sci-Tech', []), story('b.md', 'Sci Tech', [])]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.field, 'section');
  });

  test('two stories at one URL and two leads on one day are errors', () => {
    const problems = findCrossStoryProblems([
      story('a.md', 'World', [], { url: '/same/', lead: true }),
      story('b.md', 'World', [], { url: '/same/', lead: true }),
    ]);
    assert.equal(problems.length, 2);
    assert.match(problems[0]?.message ?? '', /a\.md and b\.md would all be published at \/same\//);
    assert.equal(problems[1]?.field, 'lead');
  });
});

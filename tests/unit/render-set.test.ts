import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { everyPage, pagesChangedSince, sliceRenderSet } from '../../src/site/render-set.ts';
import { groupIntoIssues } from '../../src/transforms/issues.ts';
import type { Story } from '../../src/content/story.ts';
import { makeStory } from '../helpers/stories.ts';

// One story a day over four days, newest first; the site feeds list the newest two.
const days = ['2026-11-24', '2026-11-23', '2026-11-22', '2026-11-21'];
const original = days.map((day) => makeStory({ date: `${day}T09:00:00-05:00`, slug: `story-${day}`, title: `Story of ${day}` }));

function archive(stories: Story[]) {
  return { stories, issues: groupIntoIssues(stories, { timeZone: 'America/New_York', sectionOrder: ['World'] }), tags: [], sections: [], tagListings: [], sectionListings: [], site: { feedItems: 2 } };
}

/** The loader keeps unchanged stories the same objects: an edit replaces just one. */
function edited(index: number): Story[] {
  return original.map((story, at) => (at === index ? { ...story, title: `${story.title}, corrected` } : story));
}

test('an edit of an old story renders only its pages and keeps the site feeds of the last build', () => {
  const next = archive(edited(3));
  const pages = pagesChangedSince(archive(original), next);
  assert.deepEqual(pages.stories.map((story) => story.slug), ['story-2026-11-21']);
  assert.deepEqual(pages.issues.map((issue) => issue.day), ['2026-11-21']);
  assert.equal(pages.siteFeeds, false);
});

test('an edit of a story the site feeds list renders them again', () => {
  assert.equal(pagesChangedSince(archive(original), archive(edited(0))).siteFeeds, true);
  // Second newest: still within the two items of the stories and the issues feed.
  assert.equal(pagesChangedSince(archive(original), archive(edited(1))).siteFeeds, true);
});

test('a full render includes the site feeds', () => {
  assert.equal(everyPage(archive(original)).siteFeeds, true);
  // A story added reshapes the archive: everything renders.
  const added = makeStory({ date: '2026-11-24T12:00:00-05:00', slug: 'story-new', title: 'New' });
  assert.equal(pagesChangedSince(archive(original), archive([added, ...original])).siteFeeds, true);
});

describe('a render cut into slices', () => {
  const pages = everyPage({
    stories: Array.from({ length: 5 }, (_, index) => makeStory({ slug: `s${index}` })),
    issues: [],
    tags: [],
    sections: [],
    tagListings: [],
    sectionListings: [],
  });

  test('takes every page once, in order, at most so many per slice, the single pages in the first only', () => {
    const slices = sliceRenderSet(pages, 2);
    assert.deepEqual(slices.map((slice) => slice.stories.map((story) => story.slug)), [['s0', 's1'], ['s2', 's3'], ['s4']]);
    assert.deepEqual(slices.map((slice) => slice.singlePages), [true, false, false]);
  });

  test('one slice when everything fits, and one slice even for nothing to render', () => {
    assert.equal(sliceRenderSet(pages, 10).length, 1);
    assert.equal(sliceRenderSet({ ...pages, stories: [] }, 10).length, 1);
    assert.throws(() => sliceRenderSet(pages, 0), RangeError);
  });
});

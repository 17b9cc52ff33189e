import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paginateListing, paginateListings } from '../../src/transforms/listing-pages.ts';
import { byName, indexBy, type TaxonPage } from '../../src/transforms/taxonomies.ts';
import { everyPage, pagesChangedSince } from '../../src/site/render-set.ts';
import { groupIntoIssues } from '../../src/transforms/issues.ts';
import { taxon } from '../../src/content/normalize.ts';
import type { Story } from '../../src/content/story.ts';
import { makeStory } from '../helpers/stories.ts';

/** A tag listing of n stories, newest first: "s1" is the newest. */
function africa(n: number): TaxonPage {
  const stories = Array.from({ length: n }, (_, index) =>
    makeStory({ slug: `s${index + 1}`, title: `s${index + 1}`, date: `2026-11-24T${String(20 - index).padStart(2, '0')}:00:00-05:00`, tagNames: ['Africa'] }),
  );
  return { taxon: taxon('Africa', 'tags'), stories };
}

const titles = (stories: readonly Story[]): string[] => stories.map((story) => story.title);

test('a listing of an exact multiple of the page size fills every page', () => {
  const pages = paginateListing(africa(6), 3);
  assert.deepEqual(pages.map((page) => [page.number, page.count, page.url, titles(page.stories)]), [
    [1, 2, '/tags/africa/', ['s1', 's2', 's3']],
    [2, 2, '/tags/africa/page/2/', ['s4', 's5', 's6']],
  ]);
  assert.ok(pages.every((page) => page.totalStories === 6));
});

test('the last page holds the remainder, and each page links its neighbours', () => {
  const pages = paginateListing(africa(7), 3, 'Stories tagged “Africa”');
  assert.deepEqual(pages.map((page) => titles(page.stories)), [['s1', 's2', 's3'], ['s4', 's5', 's6'], ['s7']]);
  assert.deepEqual(pages.map((page) => [page.previousUrl, page.nextUrl]), [
    [undefined, '/tags/africa/page/2/'],
    ['/tags/africa/', '/tags/africa/page/3/'],
    ['/tags/africa/page/2/', undefined],
  ]);
  assert.deepEqual(pages.map((page) => page.position), ['Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
  assert.deepEqual(pages.map((page) => page.heading), [
    'Stories tagged “Africa”, page 1 of 3',
    'Stories tagged “Africa”, page 2 of 3',
    'Stories tagged “Africa”, page 3 of 3',
  ]);
});

test('a listing that fits one page keeps its URL and a heading without a page number', () => {
  const [only, ...rest] = paginateListing(africa(3), 3);
  assert.equal(rest.length, 0);
  assert.deepEqual([only?.url, only?.count, only?.previousUrl, only?.nextUrl, only?.heading], ['/tags/africa/', 1, undefined, undefined, 'Africa']);
  assert.deepEqual(titles(only?.stories ?? []), ['s1', 's2', 's3']);
});

test('an empty listing still has its first page, so its URL resolves', () => {
  const pages = paginateListing(africa(0), 30);
  assert.deepEqual(pages.map((page) => [page.number, page.count, page.url, page.stories.length, page.totalStories]), [[1, 1, '/tags/africa/', 0, 0]]);
});

test('a page size that is not a positive integer is refused', () => {
  assert.throws(() => paginateListing(africa(3), 0), RangeError);
  assert.throws(() => paginateListing(africa(3), 2.5), RangeError);
});

test('listings are paged one after another, each with its own name', () => {
  const stories = [
    makeStory({ title: 'a', tagNames: ['Iran', 'Oil'] }),
    makeStory({ title: 'b', tagNames: ['Iran'] }),
    makeStory({ title: 'c', tagNames: ['Iran'] }),
  ];
  const pages = paginateListings(indexBy(stories, (story) => story.tags).sort(byName), 2, (tag) => `Tagged ${tag.name}`);
  assert.deepEqual(pages.map((page) => [page.url, page.heading, titles(page.stories)]), [
    ['/tags/iran/', 'Tagged Iran, page 1 of 2', ['a', 'b']],
    ['/tags/iran/page/2/', 'Tagged Iran, page 2 of 2', ['c']],
    ['/tags/oil/', 'Tagged Oil', ['a']],
  ]);
});

test('after a story edit the dev server renders the listing pages whose stories changed, and no other', () => {
  const archive = (stories: Story[]) => {
    const tags = indexBy(stories, (story) => story.tags).sort(byName);
    const sections = indexBy(stories, (story) => [story.section]).sort(byName);
    return {
      stories,
      issues: groupIntoIssues(stories, { timeZone: 'America/New_York', sectionOrder: ['World', 'Business'] }),
      tags,
      sections,
      tagListings: paginateListings(tags, 2),
      sectionListings: paginateListings(sections, 2),
      site: { feedItems: 1 },
    };
  };
  const original = [
    makeStory({ slug: 'a', title: 'a', date: '2026-11-24T12:00:00-05:00', sectionName: 'World', tagNames: ['Iran'] }),
    makeStory({ slug: 'b', title: 'b', date: '2026-11-24T11:00:00-05:00', sectionName: 'World', tagNames: ['Iran'] }),
    makeStory({ slug: 'c', title: 'c', date: '2026-11-24T10:00:00-05:00', sectionName: 'World', tagNames: ['Iran'] }),
    makeStory({ slug: 'd', title: 'd', date: '2026-11-24T09:00:00-05:00', sectionName: 'Business', tagNames: ['Oil'] }),
  ];
  // The oldest Iran story is corrected: it is on page 2 of Iran and of World.
  const edited = original.map((story) => (story.slug === 'c' ? { ...story, title: 'c, corrected' } : story));
  const pages = pagesChangedSince(archive(original), archive(edited));
  assert.deepEqual(pages.tagListings.map((page) => page.url), ['/tags/iran/page/2/']);
  assert.deepEqual(pages.sectionListings.map((page) => page.url), ['/sections/world/page/2/']);
  assert.deepEqual(titles(pages.tagListings[0]?.stories ?? []), ['c, corrected']);
  // Redated to be the newest, it moves to page 1 and pushes b onto page 2: both pages change.
  const redated = original.map((story) => (story.slug === 'c' ? makeStory({ slug: 'c', title: 'c', date: '2026-11-24T13:00:00-05:00', sectionName: 'World', tagNames: ['Iran'] }) : story));
  redated.sort((x, y) => y.published.epochMs - x.published.epochMs);
  const moved = pagesChangedSince(archive(original), archive(redated));
  assert.deepEqual(moved.tagListings.map((page) => page.url), ['/tags/iran/', '/tags/iran/page/2/']);
  assert.deepEqual(titles(moved.tagListings[1]?.stories ?? []), ['b']);
  // Tagged Oil as well, it joins that listing: Oil's pages render, Iran's unchanged pages do not.
  const retagged = original.map((story) => (story.slug === 'c' ? makeStory({ slug: 'c', title: 'c', date: '2026-11-24T10:00:00-05:00', sectionName: 'World', tagNames: ['Iran', 'Oil'] }) : story));
  assert.deepEqual(pagesChangedSince(archive(original), archive(retagged)).tagListings.map((page) => page.url), ['/tags/iran/page/2/', '/tags/oil/']);
  // A full render has every page of every listing.
  assert.deepEqual(everyPage(archive(original)).tagListings.map((page) => page.url), ['/tags/iran/', '/tags/iran/page/2/', '/tags/oil/']);
});

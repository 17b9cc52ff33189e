import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { paginateListing, paginateListings, type ListingPage } from '../../src/transforms/listing-pages.ts';
import { byName, indexBy, type Listing } from '../../src/transforms/taxonomies.ts';
import { everyPage, pagesChangedSince } from '../../src/site/render-set.ts';
import { groupIntoIssues } from '../../src/transforms/issues.ts';
import { taxon } from '../../src/content/normalize.ts';
import type { Story } from '../../src/content/story.ts';
import { makeStory } from '../helpers/stories.ts';
import { parseSiteConfig } from '../../src/content/site-config.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { pagesToRender, planArchivePages } from '../../src/site/page-plan.ts';

/** A tag listing of n stories, newest first: "s1" is the newest. */
function africa(n: number): Listing {
  const stories = Array.from({ length: n }, (_, index) =>
    makeStory({ slug: `s${index + 1}`, title: `s${index + 1}`, date: `2026-11-24T${String(20 - index).padStart(2, '0')}:00:00-05:00`, tagNames: ['Africa'] }),
  );
  return { taxon: taxon('Africa', 'tags'), stories };
}

const titles = (stories: readonly Story[]): string[] => stories.map((story) => story.title);

/** A page's number, URL and stories, to compare pagination at a glance. */
const outline = (pages: readonly ListingPage[]) => pages.map((page) => [page.number, page.url, titles(page.stories)]);

test('full pages are counted from the oldest story; the listing\'s own page holds the newest full page and the stories newer than it', () => {
  assert.deepEqual(outline(paginateListing(africa(9), 3)), [
    [3, '/tags/africa/', ['s1', 's2', 's3']],
    [2, '/tags/africa/page/2/', ['s4', 's5', 's6']],
    [1, '/tags/africa/page/1/', ['s7', 's8', 's9']],
  ]);
  assert.deepEqual(outline(paginateListing(africa(11), 3)), [
    [3, '/tags/africa/', ['s1', 's2', 's3', 's4', 's5']],
    [2, '/tags/africa/page/2/', ['s6', 's7', 's8']],
    [1, '/tags/africa/page/1/', ['s9', 's10', 's11']],
  ]);
  for (let n = 3; n <= 20; n += 1) {
    const pages = paginateListing(africa(n), 3);
    const own = pages[0]!.stories.length;
    assert.ok(own >= 3 && own <= 5, `${n} stories: the listing's own page shows ${own}, between one and two pages' worth`);
    assert.ok(pages.slice(1).every((page) => page.stories.length === 3), `${n} stories: every archive page is full`);
    assert.deepEqual(pages.flatMap((page) => titles(page.stories)), titles(africa(n).stories), `${n} stories: each once, newest first`);
    assert.ok(pages.every((page) => page.totalStories === (page.url === '/tags/africa/' ? n : undefined)), `${n} stories: only the listing's own page counts them`);
  }
});

test('each page links its neighbours and says which page and which stories it is', () => {
  const pages = paginateListing(africa(10), 3, 'Stories tagged “Africa”');
  assert.deepEqual(pages.map((page) => [page.url, page.previousUrl, page.nextUrl]), [
    ['/tags/africa/', undefined, '/tags/africa/page/2/'],
    ['/tags/africa/page/2/', '/tags/africa/', '/tags/africa/page/1/'],
    ['/tags/africa/page/1/', '/tags/africa/page/2/', undefined],
  ]);
  assert.deepEqual(pages.map((page) => page.position), ['Newest stories', 'Page 2', 'Page 1']);
  assert.deepEqual(pages.map((page) => page.heading), [
    'Stories tagged “Africa”, newest stories',
    'Stories tagged “Africa”, page 2: Nov 24, 2026',
    'Stories tagged “Africa”, page 1: Nov 24, 2026',
  ]);
});

test('an archive page whose stories span days names the first and the last day', () => {
  const stories = ['2026-11-23T09:00:00-05:00', '2026-11-22T09:00:00-05:00', '2026-11-21T09:00:00-05:00', '2026-11-20T09:00:00-05:00'].map((date, index) =>
    makeStory({ slug: `d${index}`, date, sectionName: 'World' }),
  );
  const [, oldest] = paginateListing({ taxon: taxon('World', 'sections'), stories }, 2);
  assert.equal(oldest?.heading, 'World, page 1: Nov 20, 2026 – Nov 21, 2026');
});

test('a listing of at most one full page and a remainder keeps its URL, a heading without a page number, and no archive page', () => {
  for (const n of [3, 5]) {
    const [only, ...rest] = paginateListing(africa(n), 3);
    assert.equal(rest.length, 0);
    assert.deepEqual([only?.number, only?.url, only?.previousUrl, only?.nextUrl, only?.heading, only?.totalStories], [1, '/tags/africa/', undefined, undefined, 'Africa', n]);
    assert.deepEqual(titles(only?.stories ?? []), titles(africa(n).stories));
  }
});

test('an empty listing still has its own page, so its URL resolves', () => {
  const pages = paginateListing(africa(0), 30);
  assert.deepEqual(pages.map((page) => [page.number, page.url, page.stories.length, page.totalStories]), [[1, '/tags/africa/', 0, 0]]);
});

test('a page size that is not a positive integer is refused', () => {
  assert.throws(() => paginateListing(africa(3), 0), RangeError);
  assert.throws(() => paginateListing(africa(3), 2.5), RangeError);
});

test('listings are paged one after another, each with its own name', () => {
  const stories = [
    makeStory({ title: 'a', date: '2026-11-24T12:00:00-05:00', tagNames: ['Iran', 'Oil'] }),
    makeStory({ title: 'b', date: '2026-11-24T11:00:00-05:00', tagNames: ['Iran'] }),
    makeStory({ title: 'c', date: '2026-11-24T10:00:00-05:00', tagNames: ['Iran'] }),
    makeStory({ title: 'd', date: '2026-11-24T09:00:00-05:00', tagNames: ['Iran'] }),
  ];
  const pages = paginateListings(indexBy(stories, (story) => story.tags).sort(byName), 2, (tag) => `Tagged ${tag.name}`);
  assert.deepEqual(pages.map((page) => [page.url, page.heading, titles(page.stories)]), [
    ['/tags/iran/', 'Tagged Iran, newest stories', ['a', 'b']],
    ['/tags/iran/page/1/', 'Tagged Iran, page 1: Nov 24, 2026', ['c', 'd']],
    ['/tags/oil/', 'Tagged Oil', ['a']],
  ]);
});

/** Stories oldest first, one an hour, as cheap copies of one story: enough for an archive of any size. */
function archiveOf(n: number): Story[] {
  const template = makeStory({ tagNames: ['Africa'] });
  return Array.from({ length: n }, (_, index) => {
    const epochMs = Date.UTC(2000, 0, 1) + index * 3_600_000;
    const day = new Date(epochMs).toISOString().slice(0, 10);
    return { ...template, id: `stories/s${index}`, title: `s${index}`, published: { ...template.published, epochMs, day, shortDate: day } };
  });
}

/** What publishing one story newer than the n in a listing does to its pages, compared URL by URL. */
function publishOneMore(oldestFirst: readonly Story[], n: number, perPage: number) {
  const listing = (count: number): Listing => ({ taxon: taxon('Africa', 'tags'), stories: oldestFirst.slice(0, count).reverse() });
  const before = new Map(paginateListing(listing(n), perPage).map((page) => [page.url, page]));
  const after = new Map(paginateListing(listing(n + 1), perPage).map((page) => [page.url, page]));
  const changed = [...after.keys()].filter((url) => before.has(url) && !samePage(before.get(url)!, after.get(url)!));
  return {
    changed,
    added: [...after.keys()].filter((url) => !before.has(url)),
    removed: [...before.keys()].filter((url) => !after.has(url)),
    before,
    after,
  };
}

/** The same URL, links, words and the very same stories in the same order. */
function samePage(a: ListingPage, b: ListingPage): boolean {
  const { stories: storiesA, ...restA } = a;
  const { stories: storiesB, ...restB } = b;
  return isDeepStrictEqual(restA, restB) && storiesA.length === storiesB.length && storiesA.every((story, index) => story === storiesB[index]);
}

test('publishing one story changes at most two existing pages and adds at most one, whatever the listing\'s size', () => {
  const perPage = 3;
  const stories = archiveOf(40);
  for (let n = 0; n < stories.length; n += 1) {
    const { changed, added, removed, before, after } = publishOneMore(stories, n, perPage);
    assert.deepEqual(removed, [], `${n} → ${n + 1}: no page disappears`);
    assert.ok(changed.length + added.length <= 2 + 1 && changed.length <= 2 && added.length <= 1, `${n} → ${n + 1}: changed ${changed.join(', ')}; added ${added.join(', ')}`);
    assert.equal(changed[0], '/tags/africa/', `${n} → ${n + 1}: the listing's own page shows the new story`);
    for (const url of changed.slice(1)) {
      // The newest archive page of before only gains a link to the page that now follows it.
      assert.equal(added.length, 1, `${n} → ${n + 1}: ${url} changes only when a page is added`);
      assert.deepEqual({ ...after.get(url)!, previousUrl: undefined }, { ...before.get(url)!, previousUrl: undefined }, `${n} → ${n + 1}: ${url} keeps its stories and words`);
      assert.deepEqual([before.get(url)!.previousUrl, after.get(url)!.previousUrl], ['/tags/africa/', added[0]]);
    }
  }
});

test('at 100,000 stories, publishing one more leaves every archive page but one untouched', () => {
  const stories = archiveOf(100_002);
  for (const n of [100_000, 99_989]) {
    const { changed, added, removed, before } = publishOneMore(stories, n, 30);
    assert.ok(before.size > 3000, `${before.size} pages`);
    assert.deepEqual(removed, []);
    // 100,000 → 100,001 fills no page; 99,989 → 99,990 fills one (99,990 is 3,333 × 30).
    assert.deepEqual([changed, added], n === 100_000 ? [['/tags/africa/'], []] : [['/tags/africa/', '/tags/africa/page/3331/'], ['/tags/africa/page/3332/']]);
  }
});

test('the incremental build plans to render only the listings\' own pages, and a new archive page with its neighbour when a page fills', () => {
  const config = parseSiteConfig({ url: 'https://x.example', title: 'X', listing: { storiesPerPage: 3 } });
  const storyAt = (hour: number) =>
    makeStory({ slug: `h${hour}`, title: `h${hour}`, date: new Date(Date.UTC(2026, 10, 1, 14) + hour * 3_600_000).toISOString(), sectionName: 'World', tagNames: ['Iran'] });
  const modelOf = (n: number) =>
    buildSiteModel({ config, stories: Array.from({ length: n }, (_, hour) => storyAt(hour)).reverse(), problems: [], images: [] }, 'production', Date.parse('2026-12-31T00:00:00Z'));
  const listingFilesRendered = (n: number): string[] => {
    const published = planArchivePages(modelOf(n));
    const next = modelOf(n + 1);
    const render = pagesToRender(next, planArchivePages(next), published);
    return [...render.sectionListings, ...render.tagListings].map((page) => page.url);
  };
  // 61 stories: the listing's own page shows 3 to 5 of them, archive pages 1 to 19 the rest.
  assert.deepEqual(listingFilesRendered(61), ['/sections/world/', '/tags/iran/']);
  // The 63rd story fills a page: archive page 20 appears and page 19 links to it.
  assert.deepEqual(listingFilesRendered(62), ['/sections/world/', '/sections/world/page/20/', '/sections/world/page/19/', '/tags/iran/', '/tags/iran/page/20/', '/tags/iran/page/19/']);
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
    makeStory({ slug: 'd', title: 'd', date: '2026-11-24T09:00:00-05:00', sectionName: 'World', tagNames: ['Iran'] }),
    makeStory({ slug: 'e', title: 'e', date: '2026-11-24T08:00:00-05:00', sectionName: 'Business', tagNames: ['Oil'] }),
  ];
  // The oldest Iran story is corrected: it is on archive page 1 of Iran and of World.
  const edited = original.map((story) => (story.slug === 'd' ? { ...story, title: 'd, corrected' } : story));
  const pages = pagesChangedSince(archive(original), archive(edited));
  assert.deepEqual(pages.tagListings.map((page) => page.url), ['/tags/iran/page/1/']);
  assert.deepEqual(pages.sectionListings.map((page) => page.url), ['/sections/world/page/1/']);
  assert.deepEqual(titles(pages.tagListings[0]?.stories ?? []), ['c', 'd, corrected']);
  // Redated to be the newest, it moves to the listing's own page and pushes b onto page 1: both pages change.
  const redated = original.map((story) => (story.slug === 'd' ? makeStory({ slug: 'd', title: 'd', date: '2026-11-24T13:00:00-05:00', sectionName: 'World', tagNames: ['Iran'] }) : story));
  redated.sort((x, y) => y.published.epochMs - x.published.epochMs);
  const moved = pagesChangedSince(archive(original), archive(redated));
  assert.deepEqual(moved.tagListings.map((page) => page.url), ['/tags/iran/', '/tags/iran/page/1/']);
  assert.deepEqual(titles(moved.tagListings[1]?.stories ?? []), ['b', 'c']);
  // Tagged Oil as well, it joins that listing: Oil's pages render, Iran's unchanged pages do not.
  const retagged = original.map((story) => (story.slug === 'd' ? makeStory({ slug: 'd', title: 'd', date: '2026-11-24T09:00:00-05:00', sectionName: 'World', tagNames: ['Iran', 'Oil'] }) : story));
  assert.deepEqual(pagesChangedSince(archive(original), archive(retagged)).tagListings.map((page) => page.url), ['/tags/iran/page/1/', '/tags/oil/']);
  // A full render has every page of every listing.
  assert.deepEqual(everyPage(archive(original)).tagListings.map((page) => page.url), ['/tags/iran/', '/tags/iran/page/1/', '/tags/oil/']);
});

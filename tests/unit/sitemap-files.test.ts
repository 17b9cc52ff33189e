import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { parseSiteConfig } from '../../src/content/site-config.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { hasNewsSitemap, newsSitemapStories, renderRobotsTxt, sitemapFiles, sitemapPages } from '../../src/feeds/sitemap.ts';
import { makeStory } from '../helpers/stories.ts';

const config = parseSiteConfig({ url: 'https://x.example/digest', title: 'X' });
const modelOf = (dates: string[], now: string) =>
  buildSiteModel(
    { config, stories: dates.map((date, index) => makeStory({ date, slug: `story-${index}`, title: `Story ${index}` })).reverse(), problems: [], images: [] },
    'production',
    Date.parse(now),
  );
const parser = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

describe('the sitemap at scale', () => {
  const dates = ['2026-11-20T09:00:00-05:00', '2026-11-21T09:00:00-05:00', '2026-11-22T09:00:00-05:00', '2026-11-23T09:00:00-05:00'];
  const model = modelOf(dates, '2026-11-23T20:00:00-05:00');

  test('one /sitemap.xml while the site fits in one file', () => {
    const files = sitemapFiles(model);
    assert.deepEqual(files.map((file) => file.path), ['/sitemap.xml']);
    assert.equal(parser.parse(files[0]!.render()).urlset.url.length, sitemapPages(model).length);
  });

  test('past the limit, /sitemap.xml is an index of files of at most the limit, every page listed once', () => {
    const pages = sitemapPages(model).length;
    const files = sitemapFiles(model, 5);
    assert.equal(files.length, 1 + Math.ceil(pages / 5));
    assert.deepEqual(files.map((file) => file.path).slice(0, 3), ['/sitemap.xml', '/sitemaps/sitemap-1.xml', '/sitemaps/sitemap-2.xml']);
    const index = parser.parse(files[0]!.render()).sitemapindex.sitemap as Array<{ loc: string; lastmod: string }>;
    assert.deepEqual(index.map((entry) => entry.loc), files.slice(1).map((file) => `https://x.example/digest${file.path}`));
    assert.ok(index.every((entry) => /^\d{4}-\d\d-\d\dT/.test(entry.lastmod)));
    const listed = files.slice(1).flatMap((file) => parser.parse(file.render()).urlset.url.map((url: { loc: string }) => url.loc));
    assert.ok(files.slice(1).every((file) => parser.parse(file.render()).urlset.url.length <= 5));
    assert.equal(listed.length, pages);
    assert.equal(new Set(listed).size, pages);
  });
});

describe('sitemap files as the archive grows', () => {
  test('a new story leaves the files of older stories as they were, and a correction changes the file that lists the story', () => {
    const days = Array.from({ length: 30 }, (_, index) => `2026-10-${String(index + 1).padStart(2, '0')}T09:00:00-04:00`);
    const filesOf = (model: ReturnType<typeof modelOf>) => new Map(sitemapFiles(model, 10).map((file) => [file.path, file.render()]));
    const before = filesOf(modelOf(days, '2026-11-01T00:00:00-04:00'));
    const grown = filesOf(modelOf([...days, '2026-10-31T09:00:00-04:00'], '2026-11-01T00:00:00-04:00'));
    const changed = [...grown.keys()].filter((path) => grown.get(path) !== before.get(path));
    // 30 stories fill files 1 to 3; the new story, the issues and listings come after them.
    assert.deepEqual(changed.slice(0, 2), ['/sitemap.xml', '/sitemaps/sitemap-4.xml']);
    assert.ok(['/sitemaps/sitemap-1.xml', '/sitemaps/sitemap-2.xml', '/sitemaps/sitemap-3.xml'].every((path) => grown.get(path) === before.get(path)));
    const stories = days.map((date, index) => makeStory({ date, slug: `story-${index}`, title: `Story ${index}` })).reverse();
    const correction = { ...stories[0]!.published, iso: '2026-10-31T10:00:00-04:00', epochMs: Date.parse('2026-10-31T14:00:00Z') };
    const corrected = stories.map((story) => (story.slug === 'story-3' ? { ...story, updated: correction } : story));
    const afterCorrection = new Map(
      sitemapFiles(buildSiteModel({ config, stories: corrected, problems: [], images: [] }, 'production', Date.parse('2026-11-01T00:00:00-04:00')), 10).map((file) => [file.path, file.render()]),
    );
    const correctedFiles = [...afterCorrection.keys()].filter((path) => afterCorrection.get(path) !== before.get(path));
    assert.ok(correctedFiles.includes('/sitemaps/sitemap-1.xml'), 'the file listing the corrected story');
    assert.ok(!correctedFiles.includes('/sitemaps/sitemap-2.xml'), 'a file of later stories only is left as it was');
  });
});

describe('listing pages in the sitemap', () => {
  test('an archive page\'s lastmod follows its own stories only, since newer stories no longer shift it', () => {
    const paged = parseSiteConfig({ url: 'https://x.example/digest', title: 'X', listing: { storiesPerPage: 2 } });
    const dates = ['2026-11-20T09:00:00-05:00', '2026-11-21T09:00:00-05:00', '2026-11-22T09:00:00-05:00', '2026-11-23T09:00:00-05:00'];
    const stories = dates.map((date, index) => makeStory({ date, slug: `story-${index}`, title: `Story ${index}` })).reverse();
    const model = buildSiteModel({ config: paged, stories, problems: [], images: [] }, 'production', Date.parse('2026-11-23T20:00:00-05:00'));
    const lastmods = new Map(sitemapPages(model).map((page) => [page.url, page.lastmod.iso]));
    assert.equal(lastmods.get('/sections/world/page/1/'), '2026-11-21T09:00:00-05:00');
    assert.equal(lastmods.get('/sections/world/'), '2026-11-23T09:00:00-05:00');
  });
});

describe('the news sitemap', () => {
  test('holds the stories of the last two days, at most 1,000', () => {
    const many = Array.from({ length: 1200 }, (_, index) => `2026-11-23T${String(8 + Math.floor(index / 100)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}:00-05:00`);
    const model = modelOf(['2026-11-01T09:00:00-05:00', ...many], '2026-11-23T21:00:00-05:00');
    assert.equal(newsSitemapStories(model).length, 1000);
    assert.ok(newsSitemapStories(model).every((story) => story.published.day === '2026-11-23'));
  });

  test('with no recent story there is none, and robots.txt does not name it', () => {
    const model = modelOf(['2026-11-01T09:00:00-05:00'], '2026-11-23T21:00:00-05:00');
    assert.equal(hasNewsSitemap(model), false);
    assert.doesNotMatch(renderRobotsTxt(model), /news-sitemap/);
    assert.match(renderRobotsTxt(model), /^Sitemap: https:\/\/x\.example\/digest\/sitemap\.xml$/m);
    const recent = modelOf(['2026-11-23T09:00:00-05:00'], '2026-11-23T21:00:00-05:00');
    assert.match(renderRobotsTxt(recent), /news-sitemap\.xml/);
  });
});

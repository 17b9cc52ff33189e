import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FEED_FORMATS, outputFileOf, routes, SITE_FEEDS } from '../../src/routes/routes.ts';

describe('the route table', () => {
  test('a story lives under its own newsroom day, then its slug', () => {
    assert.equal(routes.story('2026-11-20', 'us-troops-iran'), '/2026/11/20/us-troops-iran/');
  });

  test('issues, sections and tags each have their folder', () => {
    assert.equal(routes.issue('2026-11-24'), '/issues/2026-11-24/');
    assert.equal(routes.taxon('sections', 'world'), '/sections/world/');
    assert.equal(routes.taxon('tags', 'iran'), '/tags/iran/');
  });

  test('archive pages of a listing hang below it, page 1 (the oldest) included', () => {
    assert.equal(routes.listingPage('/sections/world/', 1), '/sections/world/page/1/');
    assert.equal(routes.listingPage('/sections/world/', 12), '/sections/world/page/12/');
  });

  test('feeds: one per site format, one beside every section and tag, one of issues', () => {
    assert.deepEqual(FEED_FORMATS, ['rss', 'atom', 'json']);
    assert.deepEqual(FEED_FORMATS.map(routes.siteFeed), ['/feed.xml', '/atom.xml', '/feed.json']);
    assert.equal(SITE_FEEDS.json.mediaType, 'application/feed+json');
    assert.equal(routes.taxonFeed('/tags/iran/'), '/tags/iran/feed.xml');
    assert.equal(routes.issuesFeed, '/issues/feed.xml');
  });

  test('search parts, sitemap files and email editions', () => {
    assert.equal(routes.searchPart('2026-01_2026-02'), '/pagefind/2026-01_2026-02/');
    assert.ok(routes.searchPart('2026-01').startsWith(routes.searchIndex));
    assert.equal(routes.sitemapPart(2), '/sitemaps/sitemap-2.xml');
    assert.equal(routes.emailEdition('/issues/2026-11-24/'), '/issues/2026-11-24/email.html');
    assert.equal(routes.emailEditionText('/issues/2026-11-24/'), '/issues/2026-11-24/email.txt');
  });

  test('a URL is served from index.html in its folder, a file URL from the file', () => {
    assert.equal(outputFileOf('/'), 'index.html');
    assert.equal(outputFileOf('/tags/iran/'), 'tags/iran/index.html');
    assert.equal(outputFileOf('/feed.xml'), 'feed.xml');
    assert.equal(outputFileOf('/404.html'), '404.html');
  });
});

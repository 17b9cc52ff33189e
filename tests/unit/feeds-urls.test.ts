import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, sitePathPrefix, withPathPrefix } from '../../src/routes/site-url.ts';
import { absolutizeHtml } from '../../src/feeds/absolute-html.ts';
import { storyEntryId, tagUri } from '../../src/feeds/ids.ts';

test('site-relative URLs keep the path the site is published under', () => {
  assert.equal(absoluteUrl('/2026/11/24/a/', 'https://x.example/digest'), 'https://x.example/digest/2026/11/24/a/');
  assert.equal(absoluteUrl('/', 'https://x.example/digest'), 'https://x.example/digest/');
  assert.equal(absoluteUrl('images/a.svg', 'https://x.example/digest'), 'https://x.example/digest/images/a.svg');
  assert.equal(absoluteUrl('/tags/', 'https://x.example'), 'https://x.example/tags/');
  assert.equal(absoluteUrl('https://other.example/p', 'https://x.example/digest'), 'https://other.example/p');
  assert.equal(sitePathPrefix('https://x.example/digest'), '/digest/');
  assert.equal(sitePathPrefix('https://x.example'), '/');
  assert.equal(withPathPrefix('/assets/feed.xsl', sitePathPrefix('https://x.example/digest')), '/digest/assets/feed.xsl');
});

test('a site path resolves as a URL parse resolves it, with or without the concatenation shortcut', () => {
  // What absoluteUrl did for every path before site routes were concatenated: the reference.
  const parsed = (pathOrUrl: string, siteUrl: string): string => {
    const root = `${siteUrl.replace(/\/+$/, '')}/`;
    const isSiteRelative = pathOrUrl.startsWith('/') && !pathOrUrl.startsWith('//');
    return new URL(isSiteRelative ? pathOrUrl.replace(/^\/+/, '') : pathOrUrl, root).href;
  };
  const sites = ['https://x.example', 'https://X.Example:443/Digest/', 'http://x.example:8080/a/b', 'https://bücher.example/news', 'https://x.example/news?edition=uk', 'https://x.example/news#top'];
  const paths = [
    '/', '/2026/11/24/a-story-12/', '/tags/iran/', '/tags/iran/page/3/', '/feed.xml', '/sitemaps/sitemap-2.xml', '/images/map.v2.svg', '/~editor/',
    '/./', '/../', '/a/../b/', '/a/./b', '/..', '/.', '/a/..', '/.well-known/x', '//cdn.example/x', '/a b/', '/ümlaut/', '/a?b=1', '/a#c', '/a%20b/', '/a:b/', '/a//b/', 'images/a.svg', 'https://o.example/p', '',
  ];
  for (const site of sites) for (const path of paths) assert.equal(absoluteUrl(path, site), parsed(path, site), `${path} on ${site}`);
});

test('links and images in item HTML become absolute against the site and the page', () => {
  const html = '<p><a href="/tags/iran/">tag</a> <a href="#notes">notes</a> <a href="https://a.example/">out</a> <a href="mailto:d@x.example">mail</a></p><img src="/images/m.svg" srcset="/images/m.svg 1x, m2.svg 2x" alt="map">';
  const result = absolutizeHtml(html, 'https://x.example/digest/2026/11/24/a/', 'https://x.example/digest');
  assert.match(result, /href="https:\/\/x\.example\/digest\/tags\/iran\/"/);
  assert.match(result, /href="https:\/\/x\.example\/digest\/2026\/11\/24\/a\/#notes"/);
  assert.match(result, /href="https:\/\/a\.example\/"/);
  assert.match(result, /href="mailto:d@x\.example"/);
  assert.match(result, /src="https:\/\/x\.example\/digest\/images\/m\.svg"/);
  assert.match(result, /srcset="https:\/\/x\.example\/digest\/images\/m\.svg 1x, https:\/\/x\.example\/digest\/2026\/11\/24\/a\/m2\.svg 2x"/);
  assert.match(result, /alt="map"/);
});

test('ids are tag: URIs from the site and the story file, never from title or date', () => {
  assert.equal(storyEntryId('https://x.example/digest', 'stories/2026-11-24-a'), 'tag:x.example,2026:digest/stories/2026-11-24-a');
  assert.equal(tagUri('https://x.example', 'issues/2026-11-24'), 'tag:x.example,2026:issues/2026-11-24');
});

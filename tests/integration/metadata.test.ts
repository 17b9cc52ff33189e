import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fixtureSite, readOutput } from '../helpers/build.ts';
import { sharedBuild } from '../helpers/shared-build.ts';

const SITE = 'https://fixture.example/digest/';
let outDir = '';
const page = async (relative: string): Promise<HTMLElement> => parse(await readOutput(outDir, relative));
const meta = (root: HTMLElement, key: string): string[] =>
  root.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((node) => node.getAttribute('content') ?? '');

before(async () => {
  const built = await sharedBuild(fixtureSite);
  assert.equal(built.result.code, 0, built.result.stderr);
  outDir = built.outDir;
});

describe('story pages', () => {
  test('carry canonical URL, Open Graph article tags and a large Twitter card of their social card', async () => {
    const story = await page('2026/11/24/market-close/index.html');
    const url = `${SITE}2026/11/24/market-close/`;
    assert.equal(story.querySelector('link[rel=canonical]')!.getAttribute('href'), url);
    assert.deepEqual(meta(story, 'og:type'), ['article']);
    assert.deepEqual(meta(story, 'og:url'), [url]);
    assert.deepEqual(meta(story, 'og:site_name'), ['Fixture Daily']);
    assert.deepEqual(meta(story, 'article:published_time'), ['2026-11-24T16:30:00-05:00']);
    assert.deepEqual(meta(story, 'article:modified_time'), ['2026-11-24T18:00:00-05:00']);
    assert.deepEqual(meta(story, 'article:section'), ['Business']);
    assert.ok(meta(story, 'article:tag').length > 0);
    assert.deepEqual(meta(story, 'twitter:card'), ['summary_large_image']);
    assert.deepEqual(meta(story, 'og:image'), [`${url}card.png`]);
    assert.deepEqual(meta(story, 'twitter:image'), [`${url}card.png`]);
  });

  test('every page’s shared image, og:image, twitter:image and JSON-LD image, is a file the build wrote', async () => {
    const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('index.html'));
    assert.ok(pages.length > 20);
    const checked = new Set<string>();
    for (const file of pages) {
      const root = await page(file);
      const ld = root.querySelector('script[type="application/ld+json"]');
      const images = [...meta(root, 'og:image'), ...meta(root, 'twitter:image'), ...((ld ? JSON.parse(ld.textContent).image : undefined) ?? [])] as string[];
      assert.ok(images.length > 0, `${file} shares no picture`);
      for (const image of images) {
        assert.ok(image.startsWith(SITE), `${file}: ${image}`);
        checked.add(image.slice(SITE.length));
      }
    }
    for (const image of checked) await access(path.join(outDir, image));
    assert.ok([...checked].some((image) => image.startsWith('sections/')) && [...checked].some((image) => image.startsWith('issues/')), [...checked].join(' '));
  });

  test('keep a headline with markup as text in every tag and in the JSON-LD', async () => {
    const html = await readOutput(outDir, '2026/11/23/fed-script/index.html');
    assert.doesNotMatch(html, /<script>alert/);
    const story = parse(html);
    assert.deepEqual(meta(story, 'og:title'), ['Fed <script>alert(1)</script> cuts']);
    assert.deepEqual(meta(story, 'twitter:title'), ['Fed <script>alert(1)</script> cuts']);
    const ld = JSON.parse(story.querySelector('script[type="application/ld+json"]')!.textContent);
    assert.equal(ld.headline, 'Fed <script>alert(1)</script> cuts');
    assert.deepEqual(ld.isBasedOn, [{ '@type': 'CreativeWork', name: 'Wall Street <Journal>', url: 'https://www.wsj.com/' }]);
  });

  test('carry NewsArticle JSON-LD with dates, author, publisher and the page it describes', async () => {
    const story = await page('2026/11/22/harbor-talks/index.html');
    const scripts = story.querySelectorAll('script[type="application/ld+json"]');
    assert.equal(scripts.length, 1);
    const ld = JSON.parse(scripts[0]!.textContent);
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, 'Harbor talks resume after a week of delay');
    assert.match(ld.description, /Negotiators returned to the table/);
    assert.equal(ld.datePublished, '2026-11-22T08:00:00-05:00');
    assert.equal(ld.dateModified, '2026-11-22T08:00:00-05:00');
    assert.deepEqual(ld.author, [{ '@type': 'Person', name: 'Ana Ruiz' }]);
    assert.equal(ld.publisher['@type'], 'Organization');
    assert.equal(ld.publisher.name, 'Fixture Daily');
    assert.deepEqual(ld.mainEntityOfPage, { '@type': 'WebPage', '@id': `${SITE}2026/11/22/harbor-talks/` });
    assert.deepEqual(ld.citation, [{ '@type': 'CreativeWork', name: 'Reuters', url: 'https://www.reuters.com/' }]);
  });
});

describe('every page', () => {
  test('has a canonical URL, website Open Graph and the site feeds for autodiscovery', async () => {
    for (const [relative, path] of [['index.html', ''], ['issues/index.html', 'issues/'], ['issues/2026-11-23/index.html', 'issues/2026-11-23/'], ['tags/index.html', 'tags/']] as const) {
      const root = await page(relative);
      assert.equal(root.querySelector('link[rel=canonical]')!.getAttribute('href'), SITE + path, relative);
      assert.deepEqual(meta(root, 'og:type'), ['website'], relative);
      assert.deepEqual(meta(root, 'og:url'), [SITE + path], relative);
      const feeds = root.querySelectorAll('link[rel=alternate]').map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`);
      assert.deepEqual(feeds, [
        `application/rss+xml ${SITE}feed.xml`,
        `application/atom+xml ${SITE}atom.xml`,
        `application/feed+json ${SITE}feed.json`,
        `application/rss+xml ${SITE}issues/feed.xml`,
      ], relative);
    }
  });

  test('a section or tag page advertises its own feed, in the head and as a visible link', async () => {
    for (const [relative, feed] of [['sections/world/index.html', 'sections/world/feed.xml'], ['tags/central-banks/index.html', 'tags/central-banks/feed.xml']]) {
      const root = await page(relative!);
      assert.equal(root.querySelector('link[rel=alternate]')!.getAttribute('href'), SITE + feed, relative);
      assert.equal(root.querySelector('main a[type="application/rss+xml"]')!.getAttribute('href'), `/digest/${feed}`, relative);
    }
  });

  test('internal links keep the site url path, so the site works where it is published', async () => {
    const front = await page('index.html');
    const hrefs = front.querySelectorAll('a[href^="/"], link[href^="/"]').map((node) => node.getAttribute('href')!);
    assert.ok(hrefs.length > 10);
    for (const href of hrefs) assert.match(href, /^\/digest\//, href);
  });
});

describe('issue 14 details', () => {
  test('site.yml twitterSite goes on every page as twitter:site', async () => {
    for (const relative of ['index.html', '2026/11/24/market-close/index.html']) {
      assert.deepEqual(meta(await page(relative), 'twitter:site'), ['@fixture_daily'], relative);
    }
  });

  test('the not-found page and the email editions ask not to be indexed; pages do not', async () => {
    assert.deepEqual(meta(await page('404.html'), 'robots'), ['noindex']);
    assert.deepEqual(meta(await page('issues/2026-11-23/email.html'), 'robots'), ['noindex']);
    for (const relative of ['index.html', '2026/11/24/market-close/index.html', 'issues/2026-11-23/index.html']) {
      assert.deepEqual(meta(await page(relative), 'robots'), [], relative);
    }
  });

  test('the search label names no control until the script has made the field (hidden until then)', async () => {
    const search = await page('search/index.html');
    const label = search.querySelector('label#search-label')!;
    assert.equal(label.getAttribute('for'), undefined);
    assert.ok(search.querySelector('#search-label-row')!.hasAttribute('hidden'));
    assert.match(search.querySelector('script:not([src])')!.textContent, /htmlFor = "search-input"/);
  });
});

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { fixtureCopy, readOutput } from '../helpers/build.ts';
import { buildSiteInProcess } from '../helpers/build-in-process.ts';

/**
 * The fixture site is published under https://fixture.example/digest. An editor writes links
 * and images in a story site-relative ("/images/harbor.svg"): the story page must print them
 * under /digest/, and the feeds absolute with the prefix once, never twice.
 */
const SITE = 'https://fixture.example/digest';
const STORY_PAGE = '2026/11/24/desk-links/index.html';

const EDITORS_STORY = `---
title: Harbor reopens after the storm
date: 2026-11-24T19:45:00-05:00
section: World
image: /images/harbor.svg
imageAlt: Map of the harbor
---
The harbor reopened on Tuesday, a day after [markets closed higher](/2026/11/24/market-close/).

![The harbor's berths](/images/harbor.svg)

<p>More on <a href="/tags/markets/">markets</a>.</p>
`;

const HARBOR_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n';

describe("an editor's root-relative links on a site published under a path", () => {
  let outDir = '';
  before(async () => {
    const content = await fixtureCopy({ 'stories/2026-11-24-desk-links.md': EDITORS_STORY, 'images/harbor.svg': HARBOR_SVG });
    const built = await buildSiteInProcess(content);
    outDir = built.outDir;
  });

  test('the story page prints the body link, the body image, pasted HTML and the lead image under /digest/, each a published file', async () => {
    const page = parse(await readOutput(outDir, STORY_PAGE));
    const body = page.querySelector('.story__body');
    assert.ok(body, 'the story page has a body');
    const urls = [
      ...body.querySelectorAll('a').map((a) => a.getAttribute('href')),
      ...body.querySelectorAll('img').map((img) => img.getAttribute('src')),
      page.querySelector('.story__image img')?.getAttribute('src'),
    ];
    assert.deepEqual(urls, ['/digest/2026/11/24/market-close/', '/digest/tags/markets/', '/digest/images/harbor.svg', '/digest/images/harbor.svg']);
    for (const url of urls) {
      const target = path.join(outDir, (url ?? '').replace(/^\/digest\//, ''));
      assert.ok(existsSync(target.endsWith('/') ? path.join(target, 'index.html') : target), `${url} is published`);
    }
  });

  test('the RSS, Atom and JSON feeds carry the same links absolute, with the prefix once', async () => {
    const expected = [`${SITE}/2026/11/24/market-close/`, `${SITE}/images/harbor.svg`, `${SITE}/tags/markets/`];
    const json = JSON.parse(await readOutput(outDir, 'feed.json')) as { items: { url: string; content_html: string }[] };
    const item = json.items.find((candidate) => candidate.url === `${SITE}/2026/11/24/desk-links/`);
    assert.ok(item, 'the story is in the JSON feed');
    // The XML feeds' stylesheet instruction is a site path the browser requests ("/digest/assets/feed.xsl"), not item content.
    const xmlFeed = async (file: string) => (await readOutput(outDir, file)).replace(/<\?xml-stylesheet[^>]*\?>/, '');
    const feeds = { 'feed.json': item.content_html, 'feed.xml': await xmlFeed('feed.xml'), 'atom.xml': await xmlFeed('atom.xml') };
    for (const [feed, text] of Object.entries(feeds)) {
      for (const url of expected) assert.ok(text.includes(url), `${feed} links ${url}`);
      assert.doesNotMatch(text, /\/digest\/digest\//, `${feed} doubles the prefix`);
      assert.doesNotMatch(text, /(?:href|src)=(?:"|&quot;)\/(?!\/)/, `${feed} keeps a site-relative link`);
    }
  });

  test('the story page metadata (canonical, og:image, JSON-LD) is absolute with the prefix once', async () => {
    const page = parse(await readOutput(outDir, STORY_PAGE));
    assert.equal(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), `${SITE}/2026/11/24/desk-links/`);
    // Its picture is an SVG, which social sites do not show: its card stands in.
    assert.equal(page.querySelector('meta[property="og:image"]')?.getAttribute('content'), `${SITE}/2026/11/24/desk-links/card.png`);
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { image?: string[] };
    assert.deepEqual(jsonLd.image, [`${SITE}/2026/11/24/desk-links/card.png`]);
  });

  test('no page, feed or email anywhere in the site doubles the prefix', async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((file) => /\.(?:html|xml|json)$/.test(file) && !file.startsWith('pagefind'));
    assert.ok(files.length > 30, `read ${files.length} files`);
    for (const file of files) assert.doesNotMatch(await readFile(path.join(outDir, file), 'utf8'), /\/digest\/digest\//, file);
  });
});

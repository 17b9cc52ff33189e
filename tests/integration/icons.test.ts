import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { XMLParser } from 'fast-xml-parser';
import { fixtureSite, readOutput } from '../helpers/build.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { pngSize } from '../helpers/png.ts';

// The fixture site has no logo.svg, so this also covers the default every site falls back to.
const SITE = 'https://fixture.example/digest/';
let outDir = '';

before(async () => {
  const built = await sharedBuild(fixtureSite);
  assert.equal(built.result.code, 0, built.result.stderr);
  outDir = built.outDir;
});

describe('icons drawn from the logo', () => {
  test('the favicon, touch icon and app icons exist, PNGs at their sizes', async () => {
    assert.match(await readOutput(outDir, 'favicon.svg'), /^<svg /);
    for (const [file, size] of [
      ['icons/favicon-32.png', 32],
      ['icons/favicon-64.png', 64],
      ['icons/icon-144.png', 144],
      ['apple-touch-icon.png', 180],
      ['icons/icon-192.png', 192],
      ['icons/icon-512.png', 512],
    ] as const) {
      assert.deepEqual(pngSize(await readFile(path.join(outDir, file))), { width: size, height: size }, file);
    }
  });

  test('every page links them in its head, under the site path, and each link resolves', async () => {
    for (const relative of ['index.html', 'search/index.html', '404.html', '2026/11/24/market-close/index.html']) {
      const head = parse(await readOutput(outDir, relative)).querySelector('head')!;
      const links = head.querySelectorAll('link[rel=icon], link[rel=apple-touch-icon], link[rel=manifest]');
      assert.deepEqual(
        links.map((link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`),
        ['icon /digest/favicon.svg', 'icon /digest/icons/favicon-32.png', 'apple-touch-icon /digest/apple-touch-icon.png', 'manifest /digest/site.webmanifest'],
        relative,
      );
      for (const link of links) await readFile(path.join(outDir, link.getAttribute('href')!.replace(/^\/digest\//, '')));
    }
  });

  test('the web manifest names the site and its 192 and 512 pixel icons, under the site path', async () => {
    const manifest = JSON.parse(await readOutput(outDir, 'site.webmanifest'));
    assert.equal(manifest.name, 'Fixture Daily');
    assert.equal(manifest.start_url, '/digest/');
    assert.deepEqual(
      manifest.icons.map((icon: { src: string; sizes: string }) => `${icon.src} ${icon.sizes}`),
      ['/digest/icons/icon-192.png 192x192', '/digest/icons/icon-512.png 512x512', '/digest/favicon.svg any'],
    );
  });

  test('feeds carry the icons as absolute URLs: RSS <image>, Atom <icon> and <logo>, JSON Feed icon and favicon', async () => {
    const xml = new XMLParser();
    for (const file of ['feed.xml', 'issues/feed.xml', 'sections/world/feed.xml']) {
      const channel = xml.parse(await readOutput(outDir, file)).rss.channel;
      assert.deepEqual(channel.image, { url: `${SITE}icons/icon-144.png`, title: channel.title, link: channel.link, width: 144, height: 144 }, file);
    }
    const atom = xml.parse(await readOutput(outDir, 'atom.xml')).feed;
    assert.equal(atom.icon, `${SITE}icons/favicon-64.png`);
    assert.equal(atom.logo, `${SITE}icons/icon-512.png`);
    const json = JSON.parse(await readOutput(outDir, 'feed.json'));
    assert.equal(json.icon, `${SITE}icons/icon-512.png`);
    assert.equal(json.favicon, `${SITE}icons/favicon-64.png`);
  });
});

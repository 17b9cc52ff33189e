import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './support/browser.ts';
import { buildSampleSite } from './support/sample-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const SITE_URL = 'https://daybook.example/';

/** Pages of each kind, and the card each shares with. */
const PAGES: Array<[page: string, card: string]> = [
  ['/', '/card.png'],
  ['/issues/2026-11-24/', '/issues/2026-11-24/card.png'],
  ['/sections/world/', '/sections/world/card.png'],
  // Its image is an SVG chart, which social sites do not show: a card of its own instead.
  ['/2026/11/23/oil-prices-iran-ground-troops/', '/2026/11/23/oil-prices-iran-ground-troops/card.png'],
  // Older than the newest three issues: its section's card.
  ['/2026/11/20/us-troops-iran-report/', '/sections/world/card.png'],
];

describe('social cards in headless Chromium', () => {
  let server: StaticServer;
  let browser: BrowserSession;
  let page: Page;

  before(async () => {
    server = await serveStatic(await buildSampleSite());
    browser = await openBrowser();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('every page kind names a card that exists, 1200×630, drawn and not blank', async () => {
    for (const [pagePath, card] of PAGES) {
      await page.goto(server.origin + pagePath);
      const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
      assert.equal(ogImage, SITE_URL + card.slice(1), pagePath);
      assert.equal(await page.locator('meta[name="twitter:image"]').getAttribute('content'), ogImage, pagePath);
      const drawn = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Set<number>();
        let dark = 0;
        for (let index = 0; index < pixels.length; index += 4) {
          colours.add((pixels[index]! << 16) | (pixels[index + 1]! << 8) | pixels[index + 2]!);
          if (pixels[index]! + pixels[index + 1]! + pixels[index + 2]! < 150) dark += 1;
        }
        return { width: image.naturalWidth, height: image.naturalHeight, colours: colours.size, inkShare: dark / (pixels.length / 4) };
      }, server.origin + card);
      assert.deepEqual([drawn.width, drawn.height], [1200, 630], card);
      assert.ok(drawn.colours > 50, `${card}: ${drawn.colours} colours`);
      // Text covers a few percent of the card in dark ink: neither blank nor a solid block.
      assert.ok(drawn.inkShare > 0.01 && drawn.inkShare < 0.5, `${card}: ink covers ${drawn.inkShare}`);
    }
  });

  test('a story page’s JSON-LD image is its card', async () => {
    const [pagePath, card] = PAGES[3]!;
    await page.goto(server.origin + pagePath);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { image?: string[] };
    assert.deepEqual(jsonLd.image, [SITE_URL + card.slice(1)]);
  });
});

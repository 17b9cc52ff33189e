import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, openBrowser, screenshot, type BrowserSession } from './support/browser.ts';
import { buildSampleSite } from './support/sample-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/** One page of each kind the sample site publishes. */
const pages = {
  front: '/',
  story: '/2026/11/24/senate-iran-war-powers-vote/',
  issue: '/issues/2026-11-23/',
  tag: '/tags/iran/',
  archive: '/issues/',
  search: '/search/',
};

describe('accessibility of every page kind (axe-core in headless Chromium)', () => {
  let server: StaticServer;
  let browser: BrowserSession;
  /** One tab per theme, reused page after page: opening a tab costs more than an axe run. */
  const tabs: Partial<Record<'light' | 'dark', Page>> = {};

  before(async () => {
    server = await serveStatic(await buildSampleSite());
    browser = await openBrowser();
    tabs.light = await browser.newPage({ colorScheme: 'light', viewport: { width: 1024, height: 800 } });
    tabs.dark = await browser.newPage({ colorScheme: 'dark', viewport: { width: 1024, height: 800 } });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [kind, url] of Object.entries(pages)) {
      test(`${kind} page has no axe violations in the ${colorScheme} theme`, async () => {
        const page = tabs[colorScheme]!;
        const response = await page.goto(server.origin + url);
        assert.equal(response?.status(), 200, `${url} should exist`);
        assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), colorScheme === 'dark');
        if (kind === 'search') await page.waitForSelector('.pagefind-ui__search-input');
        const violations = await axeViolations(page);
        if (violations.length > 0) await screenshot(page, `axe-failure-${kind}-${colorScheme}`);
        assert.equal(violations.length, 0, describeViolations(violations));
      });
    }
  }

  test('each page has exactly one h1, a lang, landmarks and a skip link that moves focus to the content', async () => {
    const page = await browser.newPage();
    try {
      for (const url of Object.values(pages)) {
        await page.goto(server.origin + url);
        assert.equal(await page.locator('h1').count(), 1, `${url}: one h1`);
        assert.equal(await page.getAttribute('html', 'lang'), 'en', `${url}: lang`);
        for (const landmark of ['header', 'nav', 'main', 'footer']) {
          assert.ok((await page.locator(`body ${landmark}`).count()) >= 1, `${url}: ${landmark}`);
        }
        await page.keyboard.press('Tab');
        const skip = page.locator('.skip-link');
        assert.equal(await skip.evaluate((element) => element === document.activeElement), true, `${url}: the first Tab stop is the skip link`);
        const skipBox = await skip.boundingBox();
        assert.ok(skipBox && skipBox.y >= 0, `${url}: the focused skip link is on screen`);
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', `${url}: the skip link moves focus to <main>`);
      }
    } finally {
      await page.close();
    }
  });

  test('keyboard focus is visible: a focused link gets an outline', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.origin + '/');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      assert.equal(outline.style, 'solid');
      assert.ok(outline.width >= 2, `outline width ${outline.width}px`);
    } finally {
      await page.close();
    }
  });
});

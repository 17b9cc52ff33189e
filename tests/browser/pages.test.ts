import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, type BrowserSession } from './support/browser.ts';
import { buildSampleSite } from './support/sample-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/** Relative luminance (WCAG) of a computed CSS colour such as "rgb(22, 23, 26)". */
function luminance(cssColor: string): number {
  const channels = (cssColor.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('the sample site in headless Chromium', () => {
  let server: StaticServer;
  let browser: BrowserSession;
  let page: Page;

  before(async () => {
    server = await serveStatic(await buildSampleSite());
    browser = await openBrowser();
    page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the front page shows the masthead, the newest issue, its lead story first and its sections', async () => {
    await page.goto(server.origin + '/');
    assert.equal(await page.locator('.masthead__name').innerText(), 'Daybook');
    assert.equal(await page.locator('h1').textContent(), 'Daybook, Issue 5', 'the h1 names the site for screen readers, visibly only the issue');
    assert.equal(await page.locator('.issue-header time').getAttribute('datetime'), '2026-11-24');
    assert.equal(await page.locator('.issue-header__date').innerText(), 'Tuesday, November 24, 2026');
    const firstHeadline = page.locator('main article h2, main article h3').first();
    assert.equal(await firstHeadline.innerText(), 'Senate sets vote on Iran war powers resolution before recess');
    assert.equal(await page.locator('.lead h2').count(), 1, 'the lead headline is the only h2 story headline');
    const sections = await page.locator('.issue-section__title').allTextContents();
    assert.deepEqual(sections, ['World', 'Business', 'Technology', 'Science', 'Media'], 'sections in site.yml order');
    assert.deepEqual(await page.locator('.masthead__nav a').allInnerTexts(), ['Today', 'Past issues', 'Topics', 'Search']);
    assert.equal(await page.locator('.masthead__nav a[aria-current="page"]').innerText(), 'Today');
    await screenshot(page, 'front-page-desktop-light');
  });

  test('the measure stays readable on a wide screen', async () => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto(server.origin + '/');
    const width = await page.locator('.story-item__summary').first().evaluate((element) => {
      const style = getComputedStyle(element);
      return element.getBoundingClientRect().width / parseFloat(style.fontSize);
    });
    // 65ch is about 30-34 em in a serif; the lead panel is a little wider than the column.
    assert.ok(width > 25 && width < 42, `summary line is ${width.toFixed(1)}em wide`);
    await page.setViewportSize({ width: 1024, height: 800 });
  });

  test('every page kind fits a 320px-wide phone without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      for (const url of ['/', '/2026/11/23/oil-prices-iran-ground-troops/', '/issues/2026-11-21/', '/tags/iran/', '/issues/', '/search/']) {
        await phone.goto(server.origin + url);
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${url} scrolls sideways by ${overflow}px at 320px`);
      }
      await phone.goto(server.origin + '/');
      await screenshot(phone, 'front-page-phone-320');
    } finally {
      await phone.close();
    }
  });

  test('a story page shows the full story, byline, sources and topics', async () => {
    await page.goto(server.origin + '/');
    await page.locator('.lead h2 a').click();
    await page.waitForURL('**/2026/11/24/senate-iran-war-powers-vote/');
    assert.equal(await page.locator('h1').innerText(), 'Senate sets vote on Iran war powers resolution before recess');
    assert.ok((await page.locator('.story__body p').count()) >= 3, 'the full text, not a summary');
    assert.ok((await page.locator('.source-list a').count()) >= 1);
    assert.ok((await page.locator('.tag-list a[rel="tag"]').count()) >= 1);
    await screenshot(page, 'story-desktop-light');
  });

  test('prev/next links walk from the newest issue back to the first and forward again', async () => {
    await page.goto(server.origin + '/');
    const visited: string[] = [];
    while ((await page.locator('.issue-nav a[rel="prev"]').count()) > 0) {
      await Promise.all([page.waitForEvent('load'), page.locator('.issue-nav a[rel="prev"]').click()]);
      visited.push(new URL(page.url()).pathname);
    }
    assert.deepEqual(visited, ['/issues/2026-11-23/', '/issues/2026-11-22/', '/issues/2026-11-21/', '/issues/2026-11-20/']);
    assert.equal(await page.locator('h1').textContent(), 'Issue 1');
    await screenshot(page, 'issue-1-desktop-light');
    await Promise.all([page.waitForEvent('load'), page.locator('.issue-nav a[rel="next"]').click()]);
    assert.equal(new URL(page.url()).pathname, '/issues/2026-11-21/');
    assert.equal(await page.locator('h1').textContent(), 'Issue 2');
  });

  test('the dark theme follows the system setting: light text on a dark page', async () => {
    const dark = await browser.newPage({ colorScheme: 'dark', viewport: { width: 1024, height: 800 } });
    try {
      await dark.goto(server.origin + '/');
      const colors = await dark.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { background: style.backgroundColor, text: style.color };
      });
      assert.ok(luminance(colors.background) < 0.05, `dark background, got ${colors.background}`);
      assert.ok(luminance(colors.text) > 0.6, `light text, got ${colors.text}`);
      await screenshot(dark, 'front-page-desktop-dark');
      await dark.goto(server.origin + '/2026/11/23/oil-prices-iran-ground-troops/');
      await screenshot(dark, 'story-with-image-dark');
    } finally {
      await dark.close();
    }
    await page.goto(server.origin + '/');
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.ok(luminance(lightBackground) > 0.9, `light background by default, got ${lightBackground}`);
  });

  test('the print stylesheet drops the navigation', async () => {
    await page.goto(server.origin + '/');
    await page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await page.locator('.masthead__nav').isVisible(), false);
      assert.equal(await page.locator('.issue-nav').isVisible(), false);
      assert.equal(await page.locator('.lead h2').isVisible(), true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('pages need no JavaScript to read', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const noScript = await context.newPage();
      await noScript.goto(server.origin + '/');
      assert.ok((await noScript.locator('main article').count()) >= 6);
      assert.ok(await noScript.locator('.lead .story-item__summary').isVisible());
    } finally {
      await context.close();
    }
  });
});

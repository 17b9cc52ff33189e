import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { axeViolations, describeViolations, openBrowser, screenshot, type BrowserSession } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { fixtureCopy, fixtureSite } from '../helpers/build.ts';
import { buildSiteInProcess } from '../helpers/build-in-process.ts';

/**
 * The sample site's listings fit one page each, so the page nav of a section or tag listing
 * is checked here on the fixture cut into pages of one story (World: its own page, then archive pages 2 and 1), served under its path.
 */
const MIDDLE_PAGE = '/digest/sections/world/page/2/';

describe('the pages nav of a paged listing (headless Chromium)', () => {
  let server: StaticServer;
  let browser: BrowserSession;

  before(async () => {
    const siteYml = await readFile(path.join(fixtureSite, 'site.yml'), 'utf8');
    const content = await fixtureCopy({ 'site.yml': `${siteYml}\nlisting:\n  storiesPerPage: 1\n` });
    const { outDir } = await buildSiteInProcess(content);
    server = await serveStatic(outDir, '/digest/');
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a middle page has no axe violations in the ${colorScheme} theme`, async () => {
      const page = await browser.newPage({ colorScheme, viewport: { width: 1024, height: 800 } });
      try {
        const response = await page.goto(server.origin + MIDDLE_PAGE);
        assert.equal(response?.status(), 200);
        assert.ok(await page.locator('nav[aria-label="Pages"] a[rel="next"]').count(), 'the page has a next link, so the whole nav is checked');
        const violations = await axeViolations(page);
        if (violations.length > 0) await screenshot(page, `axe-failure-listing-page-${colorScheme}`);
        assert.equal(violations.length, 0, describeViolations(violations));
      } finally {
        await page.close();
      }
    });
  }

  test('the nav links are reached by keyboard with a visible focus outline, and lead to the neighbouring pages', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    try {
      await page.goto(server.origin + MIDDLE_PAGE);
      const previous = page.locator('nav[aria-label="Pages"] a[rel="prev"]');
      await previous.focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { current: element.getAttribute('aria-current'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      assert.equal(focused.current, 'page', 'Tab moves from "previous" to the page the reader is on');
      assert.notEqual(focused.outline, 'none');
      assert.ok(focused.width >= 2, `focus outline ${focused.width}px`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.origin}/digest/sections/world/page/1/`);
      assert.match(await page.locator('h1').innerText(), /^World, page 1: Nov 22, 2026$/);
      await page.locator('nav[aria-label="Pages"] a[rel="prev"]').click();
      await page.waitForURL(server.origin + MIDDLE_PAGE);
      await previous.click();
      await page.waitForURL(`${server.origin}/digest/sections/world/`);
      assert.match(await page.locator('h1').innerText(), /^World, newest stories$/);
    } finally {
      await page.close();
    }
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { fixtureCopy, fixtureSite } from '../helpers/build.ts';
import { buildSiteInProcess } from '../helpers/build-in-process.ts';
import { openBrowser, screenshot, type BrowserSession } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

// A story of this test's own (in a copy of the fixture) whose summary has every character
// escape-html escapes, plus the literal text "&lt;b&gt;", which must not be decoded twice.
const QA_TITLE = 'Q&A: Why "net neutrality" is back, and what AT&T & Verizon want';
const QA_SUMMARY = `Carriers' lawyers call the ruling "no accident", AT&T & Verizon want it narrowed, and a filing quotes the tag &lt;b&gt; as written.`;
const QA_STORY = `---
title: ${JSON.stringify(QA_TITLE)}
date: 2026-11-24T18:00
section: Business
summary: ${JSON.stringify(QA_SUMMARY)}
---
The commission voted to restore the rules on Tuesday.
`;
// The fixture's own story whose title and summary carry markup.
const FED_TITLE = 'Fed <script>alert(1)</script> cuts';
const FED_SUMMARY = 'Rates fall by a quarter point <b>as expected</b> & markets shrug.';
const TAGLINE = 'Notes & "quotes" from the fixture\'s desk';

interface ViewedItem {
  title: string;
  summary: string;
}

/** Each feed item as the XSLT view shows it: headline and summary text. */
function viewedItems(page: Page): Promise<ViewedItem[]> {
  return page.locator('main li').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h2')?.textContent ?? '',
      summary: item.querySelector('p:not(.meta)')?.textContent?.trim() ?? '',
    })),
  );
}

function itemTitled(items: ViewedItem[], title: string): ViewedItem {
  const item = items.find((candidate) => candidate.title === title);
  assert.ok(item, `an item titled ${JSON.stringify(title)} among ${JSON.stringify(items.map((candidate) => candidate.title))}`);
  return item;
}

describe('the browser view of the feeds (layouts/assets/feed.xsl) in headless Chromium', () => {
  /** The fixture site, whose url has a path (https://fixture.example/digest), served under /digest/. */
  let server: StaticServer;
  let browser: BrowserSession;
  let page: Page;
  const dialogs: string[] = [];

  before(async () => {
    const siteYml = await readFile(path.join(fixtureSite, 'site.yml'), 'utf8');
    const ownSiteYml = siteYml.replace(/^feedItems: \d+$/m, 'feedItems: 20').replace(/^tagline: .*$/m, `tagline: ${JSON.stringify(TAGLINE)}`);
    assert.notEqual(ownSiteYml, siteYml, 'the fixture site.yml still has the feedItems and tagline lines this test changes');
    const content = await fixtureCopy({ 'site.yml': ownSiteYml, 'stories/2026-11-24-net-neutrality-qa.md': QA_STORY });
    const { outDir } = await buildSiteInProcess(content);
    server = await serveStatic(outDir, '/digest/');
    browser = await openBrowser();
    page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    // A summary or title that became markup could run script: record any alert it opens.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a feed and checks the stylesheet turned it into the page (the XSLT ran). */
  async function openFeed(file: string): Promise<ViewedItem[]> {
    const response = await page.goto(`${server.origin}/digest/${file}`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.title(), 'Fixture Daily (feed)', `Chromium applied /digest/assets/feed.xsl to ${file}`);
    return viewedItems(page);
  }

  async function assertNothingShowsEscaped(): Promise<void> {
    const text = await page.locator('body').innerText();
    // The exact summaries are checked above; this catches any other text the view leaves escaped.
    for (const escape of ['&amp;', '&quot;', '&#39;']) {
      assert.ok(!text.includes(escape), `the page shows ${escape}:\n${text}`);
    }
    assert.equal(await page.locator('body script, main b').count(), 0, 'no title or summary became a <script> or <b> element');
    assert.deepEqual(dialogs, [], 'no script ran');
  }

  test('RSS: summaries show &, quotes and apostrophes as characters and markup as text', async () => {
    const items = await openFeed('feed.xml');
    assert.equal(itemTitled(items, QA_TITLE).summary, QA_SUMMARY);
    assert.equal(itemTitled(items, FED_TITLE).summary, FED_SUMMARY);
    assert.equal(await page.locator('header p').first().innerText(), TAGLINE, 'the channel description is text as written');
    await assertNothingShowsEscaped();
    await screenshot(page, 'feed-rss-view');
  });

  test('Atom: the text summaries show as written too', async () => {
    const items = await openFeed('atom.xml');
    assert.equal(itemTitled(items, QA_TITLE).summary, QA_SUMMARY);
    assert.equal(itemTitled(items, FED_TITLE).summary, FED_SUMMARY);
    assert.equal(await page.locator('header p').first().innerText(), TAGLINE, 'the subtitle is text as written');
    await assertNothingShowsEscaped();
    await screenshot(page, 'feed-atom-view');
  });
});

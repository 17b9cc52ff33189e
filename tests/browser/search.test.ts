import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, screenshot, type BrowserSession } from './support/browser.ts';
import { buildSampleSite } from './support/sample-site.ts';
import { fixtureSite } from '../helpers/build.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

describe('search (Pagefind, static files only)', () => {
  let server: StaticServer;
  /** The fixture site, whose url has a path (https://fixture.example/digest), served under /digest/. */
  let prefixedServer: StaticServer;
  let browser: BrowserSession;

  before(async () => {
    const [sampleOut, fixture] = await Promise.all([buildSampleSite(), sharedBuild(fixtureSite)]);
    assert.equal(fixture.result.code, 0, fixture.result.stderr);
    server = await serveStatic(sampleOut);
    prefixedServer = await serveStatic(fixture.outDir, '/digest/');
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await prefixedServer?.close();
  });

  test('the masthead links to search, and a typed query finds a sample story', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(server.origin + '/');
    await Promise.all([page.waitForEvent('load'), page.locator('.masthead__nav a', { hasText: 'Search' }).click()]);
    assert.equal(new URL(page.url()).pathname, '/search/');

    await page.getByLabel('Find a story by any word in it').fill('qubits');
    const firstResult = page.locator('.pagefind-ui__result-link').first();
    await firstResult.waitFor({ timeout: 10_000 });
    assert.equal(await firstResult.innerText(), 'Physicists report logical qubits that outlast their best physical parts');
    assert.equal(new URL((await firstResult.getAttribute('href')) ?? '', server.origin).pathname, '/2026/11/24/quantum-error-correction-milestone/');
    await screenshot(page, 'search-results-light');

    await Promise.all([page.waitForEvent('load'), firstResult.click()]);
    assert.equal(await page.locator('h1').innerText(), 'Physicists report logical qubits that outlast their best physical parts');
  });

  test('the search page loads without a console error or a failed request (the favicon included)', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(server.origin + '/search/');
    await page.getByLabel('Find a story by any word in it').fill('Iran');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    // Browsers fetch the favicon after load, without waiting for it: ask for it as they would.
    const favicon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=icon]')?.href ?? '');
    assert.equal((await page.request.get(favicon)).status(), 200);
    assert.deepEqual(problems, []);
  });

  test('only story pages are in the index: results are stories, never issue, tag or section listings', async () => {
    const page = await browser.newPage();
    await page.goto(server.origin + '/search/');
    await page.getByLabel('Find a story by any word in it').fill('Iran');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    assert.ok(hrefs.length >= 3, `several Iran stories found, got ${hrefs.length}`);
    for (const href of hrefs) assert.match(href, /^\/2026\/11\/\d\d\/[a-z0-9-]+\/$/, `${href} is a story page`);
  });

  test('on a site published under a path, search loads and its results link under that path', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${prefixedServer.origin}/digest/search/`);
    assert.equal(response?.status(), 200);
    await page.getByLabel('Find a story by any word in it').fill('ceasefire');
    const firstResult = page.locator('.pagefind-ui__result-link').first();
    await firstResult.waitFor({ timeout: 10_000 });
    assert.equal(await firstResult.getAttribute('href'), '/digest/2026/11/23/ceasefire-monitors/');
    await Promise.all([page.waitForEvent('load'), firstResult.click()]);
    assert.equal(await page.locator('h1').innerText(), 'Ceasefire monitors report a quiet night');
  });

  test("results from every part of a split index come back as one list", async () => {
    // The fixture's index has three parts (search.storiesPerIndex: 4): the budget vote is in the
    // oldest, the late vote alone in the newest, which the page loads first.
    const page = await browser.newPage();
    await page.goto(`${prefixedServer.origin}/digest/search/`);
    await page.getByLabel('Find a story by any word in it').fill('vote');
    await page.locator('.pagefind-ui__result-link').nth(1).waitFor({ timeout: 10_000 });
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    assert.deepEqual([...hrefs].sort(), ['/digest/2026/11/23/budget-vote/', '/digest/2026/11/24/evening-vote/']);
  });
});

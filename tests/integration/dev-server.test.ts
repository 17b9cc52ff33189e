import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startDevServer, waitForPage, warmUp, type DevServer } from '../../scripts/bench/dev-server.ts';
import { FIXTURE_NOW, fixtureCopy, repoRoot, runCli, tempDir, testEnv } from '../helpers/build.ts';

const STORY = 'stories/2026-11-23-ceasefire-monitors.md';
const STORY_URL = '2026/11/23/ceasefire-monitors/';
const TIMEOUT_MS = 60_000;

/**
 * `npm start` as an editor uses it: the preview shows drafts, follows each save, and a save
 * with a mistake in it names the file and field while the last good preview stays up.
 */
describe('dev server (npm start)', () => {
  let contentDir: string;
  let server: DevServer;
  let storyFile: string;
  let original: string;
  const page = async (url: string): Promise<string> => (await fetch(`${server.siteUrl}${url}`)).text();

  before(async () => {
    contentDir = await fixtureCopy();
    storyFile = path.join(contentDir, STORY);
    original = await readFile(storyFile, 'utf8');
    server = await startDevServer({
      repoRoot,
      contentDir,
      outDir: path.join(await tempDir('dev'), '.dev'),
      extraArgs: ['--now', FIXTURE_NOW],
      env: testEnv(),
      timeoutMs: TIMEOUT_MS,
    });
    // The file watcher may still be starting when the first build is served.
    await warmUp(storyFile, original, server.output, TIMEOUT_MS);
  });

  after(() => server?.stop());

  test('previews drafts, labelled, which a build never publishes', async () => {
    const html = await page('2026/11/23/unfinished-draft/');
    assert.match(html, /Draft that must not be published/);
    assert.match(html, /<p class="preview-label"[^>]*>Draft: not published yet<\/p>/);
  });

  test("serves the social cards its pages name, the front page's and each section's", async () => {
    const cards = [...(await page('')).matchAll(/<meta property="og:image" content="https:\/\/fixture\.example\/digest\/([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(cards, ['card.png']);
    for (const card of ['card.png', 'sections/world/card.png']) {
      const response = await fetch(`${server.siteUrl}${card}`);
      assert.equal(response.status, 200, card);
      assert.equal(response.headers.get('content-type'), 'image/png');
    }
  });

  test('serves the icons drawn from the logo, as a build publishes them', async () => {
    for (const icon of ['favicon.svg', 'icons/favicon-32.png', 'apple-touch-icon.png', 'site.webmanifest']) {
      assert.equal((await fetch(`${server.siteUrl}${icon}`)).status, 200, icon);
    }
  });

  test('a saved edit shows on the story page', async () => {
    await writeFile(storyFile, `${original}\nMonitors added a note at dawn.\n`);
    await waitForPage(`${server.siteUrl}${STORY_URL}`, (html) => html.includes('Monitors added a note at dawn.'), TIMEOUT_MS);
  });

  test('the preview has a search index of every story shown, drafts included, which follows a save', async () => {
    await server.output.waitFor(/Preview search index: 11 stories[^\n]*/, 0, TIMEOUT_MS);
    const bundle = /data-bundle-path="\/digest\/([^"]+)"/.exec(await page('search/'))?.[1];
    assert.equal(bundle, 'pagefind/week-of-2026-11-23.3/', 'the search page loads the newest part');
    // The edited story (Nov 23) is in the first part of the newest week (search.storiesPerIndex: 4 in the fixture).
    const entry = async (): Promise<string> => {
      const response = await fetch(`${server.siteUrl}pagefind/week-of-2026-11-23.1/pagefind-entry.json`);
      assert.equal(response.status, 200);
      return response.text();
    };
    const before = await entry();
    assert.match(before, /"page_count":4/);
    await writeFile(storyFile, `${original}\nObservers counted zebras near the line.\n`);
    const deadline = Date.now() + TIMEOUT_MS;
    while ((await entry()) === before) {
      assert.ok(Date.now() < deadline, 'the part holding the edited story was indexed again');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const untouched = await fetch(`${server.siteUrl}pagefind/week-of-2026-11-23.3/pagefind-entry.json`);
    assert.equal(untouched.status, 200);
  });

  test('a save with a mistake names the file and field, keeps the last good preview, and a fix updates it', async () => {
    await writeFile(storyFile, `${original}\nThe last good version.\n`);
    await waitForPage(`${server.siteUrl}${STORY_URL}`, (html) => html.includes('The last good version.'), TIMEOUT_MS);
    const offset = server.output.text().length;
    await writeFile(storyFile, original.replace('date: 2026-11-23T07:00:00-05:00', 'date: the day before yesterday').concat('\nNever shown.\n'));
    const kept = await server.output.waitFor(/The preview still shows the last good version[^\n]*/, offset, TIMEOUT_MS);
    const printed = server.output.text().slice(offset);
    assert.match(printed, /2026-11-23-ceasefire-monitors\.md/, 'names the file');
    assert.match(printed, /\bdate\b/, 'names the field');
    assert.match(kept, /save a fix/);
    const html = await page(STORY_URL);
    assert.match(html, /The last good version\./, 'the last good version is still served');
    assert.doesNotMatch(html, /Never shown/);

    await writeFile(storyFile, `${original}\nThe fix is in.\n`);
    await waitForPage(`${server.siteUrl}${STORY_URL}`, (text) => text.includes('The fix is in.'), TIMEOUT_MS);
  });
});

describe('dev server refusing bad content at start-up', () => {
  test('exits 1 with every error, each naming its file and field, and how to go on', async () => {
    const contentDir = await fixtureCopy({
      'stories/2026-11-25-no-title.md': '---\ndate: 2026-11-24T09:00:00-05:00\nsection: World\nsources:\n  - name: AP\n    url: https://apnews.com/\n---\nBody.\n',
    });
    const result = await runCli('serve', ['--content', contentDir, '--out', path.join(await tempDir('dev'), '.dev'), '--now', FIXTURE_NOW], { PORT: '0' });
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stderr, /2026-11-25-no-title\.md/);
    assert.match(result.stderr, /\btitle\b/);
    assert.match(result.stderr, /Fix the errors above, then run npm start again\./);
  });
});

describe('dev server refusing a preview folder it would write over', () => {
  test('--out naming the content folder exits 2 with one line, and writes nothing there', async () => {
    const contentDir = await fixtureCopy();
    const before = (await readdir(contentDir, { recursive: true })).sort();
    const result = await runCli('serve', ['--content', contentDir, '--out', contentDir, '--now', FIXTURE_NOW], { PORT: '0' });
    assert.equal(result.code, 2, result.stdout + result.stderr);
    assert.match(result.stderr, /^Refusing to build into .*: it overlaps the content folder .* Choose another --out folder, such as \.dev\.$/m);
    assert.deepEqual((await readdir(contentDir, { recursive: true })).sort(), before);
  });
});

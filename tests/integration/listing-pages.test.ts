import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fixtureCopy, fixtureSite, readOutput } from '../helpers/build.ts';
import { buildSiteInProcess } from '../helpers/build-in-process.ts';
import { htmlFiles } from '../helpers/files.ts';

/**
 * The fixture publishes 9 stories at https://fixture.example/digest; here four older World
 * stories tagged shipping are added (World and shipping: 7 stories each) and listings are cut
 * into pages of 2, so they have archive pages and a listing page with more than one page's worth.
 */
const SITE = 'https://fixture.example/digest';
const PREFIX = '/digest';
const PER_PAGE = 2;
const OLDER_SHIPPING = ['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'];
const PUBLISHED_STORIES = 9 + OLDER_SHIPPING.length;

/** A World story about shipping of an earlier day. */
const olderStory = (day: string): [string, string] => [
  `stories/${day}-port-report.md`,
  `---\ntitle: Port report for ${day}\ndate: ${day}T09:00:00-05:00\nsection: World\ntags: [shipping]\n---\nShips waited outside the harbor.\n`,
];

let outDir = '';
const page = async (relative: string): Promise<HTMLElement> => parse(await readOutput(outDir, relative));
const texts = (root: HTMLElement, selector: string): string[] => root.querySelectorAll(selector).map((node) => node.text.trim());

/** The built file a link printed in a page points to ("/digest/tags/x/page/2/" → "tags/x/page/2/index.html"). */
function fileOfLink(href: string): string {
  assert.ok(href.startsWith(`${PREFIX}/`), `${href} is under the site's path`);
  return `${href.slice(PREFIX.length + 1)}index.html`;
}

interface ListingPageSeen {
  file: string;
  html: HTMLElement;
}

/** A listing's pages in order, found by following its "next" links from its own page. */
async function followPages(firstFile: string): Promise<ListingPageSeen[]> {
  const seen: ListingPageSeen[] = [];
  let file: string | undefined = firstFile;
  while (file !== undefined) {
    assert.ok(seen.length < 50, `${firstFile}: the next links loop`);
    assert.ok(existsSync(path.join(outDir, file)), `${file} is built`);
    const html = await page(file);
    seen.push({ file, html });
    const next = html.querySelector('nav[aria-label="Pages"] a[rel="next"]')?.getAttribute('href');
    file = next === undefined ? undefined : fileOfLink(next);
  }
  return seen;
}

/** Every page of every listing of one kind ("tags", "sections"), by listing. */
async function listings(kind: 'tags' | 'sections'): Promise<Map<string, ListingPageSeen[]>> {
  const firstPages = (await htmlFiles(path.join(outDir, kind))).filter((file) => /^[^/]+\/index\.html$/.test(file));
  const found = new Map<string, ListingPageSeen[]>();
  for (const first of firstPages) found.set(first.split('/')[0]!, await followPages(`${kind}/${first}`));
  return found;
}

before(async () => {
  const siteYml = await readFile(path.join(fixtureSite, 'site.yml'), 'utf8');
  const content = await fixtureCopy({ 'site.yml': `${siteYml}\nlisting:\n  storiesPerPage: ${PER_PAGE}\n`, ...Object.fromEntries(OLDER_SHIPPING.map(olderStory)) });
  const built = await buildSiteInProcess(content);
  outDir = built.outDir;
});

describe('section and tag listings in pages of listing.storiesPerPage stories', () => {
  test('a tag of seven stories: archive pages of two counted from the oldest, the newest three at its URL, and no page 3', async () => {
    const own = await page('tags/shipping/index.html');
    const second = await page('tags/shipping/page/2/index.html');
    const first = await page('tags/shipping/page/1/index.html');
    assert.deepEqual(texts(own, '.story-list__title'), ['Evening vote keeps the port open', 'Grain prices ease as shipping routes reopen', 'Harbor talks resume after a week of delay']);
    assert.deepEqual(texts(second, '.story-list__title'), ['Port report for 2026-11-21', 'Port report for 2026-11-20']);
    assert.deepEqual(texts(first, '.story-list__title'), ['Port report for 2026-11-19', 'Port report for 2026-11-18']);
    assert.ok(!existsSync(path.join(outDir, 'tags/shipping/page/3')));
    assert.ok(!existsSync(path.join(outDir, 'tags/shipping/page/0')));
  });

  test('each page says which page and which stories it is, in its h1, its title and its nav', async () => {
    const own = await page('tags/shipping/index.html');
    const second = await page('tags/shipping/page/2/index.html');
    const first = await page('tags/shipping/page/1/index.html');
    assert.deepEqual(texts(own, 'h1'), ['Stories tagged “shipping”, newest stories']);
    assert.deepEqual(texts(second, 'h1'), ['Stories tagged “shipping”, page 2: Nov 20, 2026 – Nov 21, 2026']);
    assert.equal(own.querySelector('title')!.text, 'Stories tagged “shipping”, newest stories · Fixture Daily');
    assert.equal(second.querySelector('title')!.text, 'Stories tagged “shipping”, page 2: Nov 20, 2026 – Nov 21, 2026 · Fixture Daily');

    const nav = second.querySelector('nav[aria-label="Pages"]')!;
    assert.equal(nav.querySelector('[aria-current="page"]')!.text.trim(), 'Page 2');
    assert.equal(nav.querySelector('[aria-current="page"]')!.getAttribute('href'), `${PREFIX}/tags/shipping/page/2/`);
    assert.equal(nav.querySelector('a[rel="prev"]')!.getAttribute('href'), `${PREFIX}/tags/shipping/`);
    assert.equal(nav.querySelector('a[rel="next"]')!.getAttribute('href'), `${PREFIX}/tags/shipping/page/1/`);
    assert.equal(first.querySelector('nav[aria-label="Pages"] a[rel="prev"]')!.getAttribute('href'), `${PREFIX}/tags/shipping/page/2/`);
    assert.equal(first.querySelector('nav[aria-label="Pages"] a[rel="next"]'), null);
    assert.equal(own.querySelector('nav[aria-label="Pages"] [aria-current="page"]')!.text.trim(), 'Newest stories');
    assert.equal(own.querySelector('nav[aria-label="Pages"] a[rel="prev"]'), null);
    assert.equal(own.querySelector('nav[aria-label="Pages"] a[rel="next"]')!.getAttribute('href'), `${PREFIX}/tags/shipping/page/2/`);
  });

  test('a listing that fits one page keeps its plain heading and has no page nav', async () => {
    const briefs = await page('sections/briefs/index.html');
    assert.deepEqual(texts(briefs, 'h1'), ['Briefs']);
    assert.equal(briefs.querySelector('nav[aria-label="Pages"]'), null);
    assert.ok(!existsSync(path.join(outDir, 'sections/briefs/page')));
  });

  test('following the pages of every listing shows each of its stories once, newest first: two on each archive page, two or three on the listing\'s own', async () => {
    const tagCounts = new Map(
      (await page('tags/index.html')).querySelectorAll('.tag-cloud li').map((item) => {
        const slug = item.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!;
        return [slug, Number(/\((\d+)\)/.exec(item.text)![1])] as const;
      }),
    );
    let storiesInSections = 0;
    for (const [kind, byListing] of [['tags', await listings('tags')], ['sections', await listings('sections')]] as const) {
      for (const [slug, pages] of byListing) {
        const links = pages.flatMap(({ html }) => html.querySelectorAll('.story-list__title a').map((a) => a.getAttribute('href')!));
        const times = pages.flatMap(({ html }) => html.querySelectorAll('.story-list time').map((time) => Date.parse(time.getAttribute('datetime')!)));
        assert.equal(new Set(links).size, links.length, `${kind}/${slug}: no story twice`);
        assert.deepEqual(times, [...times].sort((a, b) => b - a), `${kind}/${slug}: newest first across pages`);
        pages.forEach(({ file, html }, index) => {
          const shown = html.querySelectorAll('.story-list > li').length;
          if (index > 0) assert.equal(shown, PER_PAGE, `${file}: an archive page is full`);
          else if (pages.length > 1) assert.ok(shown >= PER_PAGE && shown < 2 * PER_PAGE, `${file}: ${shown} stories, one to two pages' worth`);
          else assert.ok(shown >= 1 && shown < 2 * PER_PAGE, `${file}: ${shown} stories`);
          // Archive pages are numbered from the oldest, so the page read last is page 1.
          assert.equal(file, index === 0 ? `${kind}/${slug}/index.html` : `${kind}/${slug}/page/${pages.length - index}/index.html`);
        });
        assert.equal(pages.length, Math.max(1, Math.floor(links.length / PER_PAGE)), `${kind}/${slug}: page count`);
        if (kind === 'tags') assert.equal(links.length, tagCounts.get(slug), `tags/${slug}: as many stories as the topics page counts`);
        else storiesInSections += links.length;
      }
    }
    assert.equal(storiesInSections, PUBLISHED_STORIES, 'every published story is in one section listing');
    assert.ok([...(await listings('sections')).values()].some((pages) => pages.length > 1), 'the fixture has a section of several pages');
  });

  test('previous links walk back the way next links came', async () => {
    for (const pages of [...(await listings('tags')).values(), ...(await listings('sections')).values()]) {
      pages.forEach(({ file, html }, index) => {
        const previous = html.querySelector('nav[aria-label="Pages"] a[rel="prev"]')?.getAttribute('href');
        assert.equal(previous === undefined ? undefined : fileOfLink(previous), pages[index - 1]?.file, `${file}: previous page`);
      });
    }
  });

  test('every page is its own canonical URL and keeps the listing feed, visible and advertised', async () => {
    for (const [relative, feed] of [
      ['tags/shipping/page/2/', 'tags/shipping/feed.xml'],
      ['tags/shipping/page/1/', 'tags/shipping/feed.xml'],
      ['tags/shipping/', 'tags/shipping/feed.xml'],
      ['sections/world/page/1/', 'sections/world/feed.xml'],
    ] as const) {
      const html = await page(`${relative}index.html`);
      assert.equal(html.querySelector('link[rel="canonical"]')!.getAttribute('href'), `${SITE}/${relative}`);
      assert.equal(html.querySelector('.feed-link a')!.getAttribute('href'), `${PREFIX}/${feed}`, relative);
      assert.ok(html.querySelectorAll('link[rel="alternate"]').some((link) => link.getAttribute('href') === `${SITE}/${feed}`), relative);
    }
  });

  test('the sitemap lists every listing page, archive pages included', async () => {
    const locs = new Set(parse(await readOutput(outDir, 'sitemap.xml')).querySelectorAll('loc').map((loc) => loc.text.trim()));
    const listingFiles = [...(await htmlFiles(path.join(outDir, 'tags'))).map((file) => `tags/${file}`), ...(await htmlFiles(path.join(outDir, 'sections'))).map((file) => `sections/${file}`)];
    const archivePages = listingFiles.filter((file) => file.includes('/page/'));
    assert.ok(archivePages.length >= 4, `archive pages built: ${archivePages.join(', ')}`);
    for (const file of listingFiles) {
      const url = `${SITE}/${file.replace(/index\.html$/, '')}`;
      assert.ok(locs.has(url), `sitemap lists ${url}`);
    }
  });
});

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fixtureSite, readOutput } from '../helpers/build.ts';
import { buildSiteInProcess } from '../helpers/build-in-process.ts';
import { sharedBuild } from '../helpers/shared-build.ts';

let outDir = '';
const page = async (relative: string): Promise<HTMLElement> => parse(await readOutput(outDir, relative));
const texts = (root: HTMLElement, selector: string): string[] => root.querySelectorAll(selector).map((node) => node.text.trim());

before(async () => {
  const built = await sharedBuild(fixtureSite);
  assert.equal(built.result.code, 0, built.result.stderr);
  outDir = built.outDir;
});

describe('the front page', () => {
  test('shows the newest issue: lead first, then sections in site.yml order, newest first within', async () => {
    const front = await page('index.html');
    assert.match(front.querySelector('h1')!.text, /Issue 3/);
    assert.equal(front.querySelector('.issue-header time')!.getAttribute('datetime'), '2026-11-24');
    assert.deepEqual(texts(front, 'main article h2, main article h3'), [
      'Two media newsletters merge their morning editions',
      'Evening vote keeps the port open',
      'Stocks close higher on retail earnings',
      'Holiday travel forecast turns stormy',
    ]);
    assert.deepEqual(texts(front, '.issue-section__title'), ['World', 'Business', 'Briefs']);
  });

  test('gives each story its summary, sources and a link to the story', async () => {
    const front = await page('index.html');
    const lead = front.querySelector('.lead article')!;
    assert.equal(lead.querySelector('.story-item__summary')!.text, 'The two biggest morning newsletters will publish a single edition from January.');
    assert.deepEqual(texts(lead, '.sources a'), ['Semafor', 'Axios']);
    assert.equal(lead.querySelector('.story-item__more a')!.getAttribute('href'), '/digest/2026/11/24/newsletter-mergers/');
  });

  test('files a UTC-dated evening story under the New York day', async () => {
    const front = await page('index.html');
    assert.ok(texts(front, 'main h3').includes('Evening vote keeps the port open'));
    assert.ok(existsSync(path.join(outDir, '2026/11/24/evening-vote/index.html')));
  });
});

describe('daily issues', () => {
  test('each newsroom day has an issue page with all its stories and prev/next links', async () => {
    const issue = await page('issues/2026-11-23/index.html');
    assert.match(issue.querySelector('h1')!.text, /Issue 2/);
    assert.equal(issue.querySelectorAll('main article').length, 3);
    assert.equal(issue.querySelector('a[rel=prev]')!.getAttribute('href'), '/digest/issues/2026-11-22/');
    assert.equal(issue.querySelector('a[rel=next]')!.getAttribute('href'), '/digest/issues/2026-11-24/');
    const first = await page('issues/2026-11-22/index.html');
    assert.equal(first.querySelector('a[rel=prev]'), null);
  });

  test('without an editor-marked lead, the day leads with its first section', async () => {
    const issue = await page('issues/2026-11-23/index.html');
    assert.equal(issue.querySelector('.lead h2')!.text.trim(), 'Ceasefire monitors report a quiet night');
  });

  test('the archive lists every issue, newest first', async () => {
    const archive = await page('issues/index.html');
    assert.deepEqual(
      archive.querySelectorAll('.archive time').map((time) => time.getAttribute('datetime')),
      ['2026-11-24', '2026-11-23', '2026-11-22'],
    );
  });
});

describe('story pages', () => {
  test('carry full text, summary, byline, dates, sources and tags', async () => {
    const story = await page('2026/11/22/harbor-talks/index.html');
    assert.equal(story.querySelector('h1')!.text, 'Harbor talks resume after a week of delay');
    assert.match(story.querySelector('.story__body')!.text, /Officials on both sides said/);
    assert.equal(story.querySelector('.byline')!.text, 'By Ana Ruiz');
    assert.equal(story.querySelector('.story__header time')!.getAttribute('datetime'), '2026-11-22T08:00:00-05:00');
    assert.deepEqual(texts(story, '.source-list a'), ['Reuters']);
    assert.deepEqual(texts(story, '.tag-list a'), ['diplomacy', 'shipping']);
    assert.match(story.querySelector('.story__summary')!.text, /Negotiators returned to the table/);
  });

  test('show the updated time when a story was updated', async () => {
    const story = await page('2026/11/24/market-close/index.html');
    const times = story.querySelectorAll('.story__header time').map((time) => time.getAttribute('datetime'));
    assert.deepEqual(times, ['2026-11-24T16:30:00-05:00', '2026-11-24T18:00:00-05:00']);
  });

  test('extracted summaries leave out bylines, datelines and promos', async () => {
    const story = await page('2026/11/23/budget-vote/index.html');
    const summary = story.querySelector('.story__summary')!.text;
    assert.match(summary, /^House leaders scheduled a vote/);
    assert.doesNotMatch(summary, /By Tom Lee|WASHINGTON|\(AP\)|Subscribe|Weekly/);
  });
});

describe('tags and sections', () => {
  test('a tag page lists its stories newest first', async () => {
    const tag = await page('tags/shipping/index.html');
    assert.deepEqual(texts(tag, '.story-list__title'), [
      'Evening vote keeps the port open',
      'Grain prices ease as shipping routes reopen',
      'Harbor talks resume after a week of delay',
    ]);
    const index = await page('tags/index.html');
    assert.ok(texts(index, '.tag-cloud a').includes('central banks'));
    assert.ok(existsSync(path.join(outDir, 'tags/central-banks/index.html')));
  });

  test('a story without a section lands in the default section', async () => {
    const section = await page('sections/briefs/index.html');
    assert.deepEqual(texts(section, '.story-list__title'), ['Holiday travel forecast turns stormy']);
  });
});

describe('escaping, drafts and scheduling', () => {
  test('markup in a title, summary or source name is shown as text on every page', async () => {
    for (const relative of ['index.html', 'issues/2026-11-23/index.html', '2026/11/23/fed-script/index.html', 'tags/markets/index.html', 'sections/business/index.html']) {
      const html = await readOutput(outDir, relative);
      assert.doesNotMatch(html, /<script>alert/, relative);
      if (relative !== 'index.html') assert.match(html, /Fed &lt;script&gt;alert\(1\)&lt;\/script&gt; cuts/, relative);
    }
    const story = await page('2026/11/23/fed-script/index.html');
    assert.equal(story.querySelector('h1')!.text, 'Fed <script>alert(1)</script> cuts');
    assert.equal(story.querySelector('.story__summary')!.text, 'Rates fall by a quarter point <b>as expected</b> & markets shrug.');
    assert.deepEqual(texts(story, '.source-list a'), ['Wall Street <Journal>']);
  });

  test('drafts and scheduled stories are not published anywhere', async () => {
    assert.equal((await page('issues/2026-11-23/index.html')).querySelector('.preview-label'), null);
    assert.ok(!existsSync(path.join(outDir, '2026/11/23/unfinished-draft')));
    assert.ok(!existsSync(path.join(outDir, '2026/11/26')));
    assert.ok(!existsSync(path.join(outDir, 'issues/2026-11-26')));
    for (const relative of ['index.html', 'issues/2026-11-23/index.html', 'tags/congress/index.html', 'sections/politics/index.html']) {
      const html = await readOutput(outDir, relative);
      assert.doesNotMatch(html, /Draft that must not be published|Scheduled story/, relative);
    }
  });

  test('a scheduled story appears with the first build after its time', async () => {
    const later = await buildSiteInProcess(fixtureSite, { now: '2026-11-26T06:00:00-05:00' });
    const front = parse(await readOutput(later.outDir, 'index.html'));
    assert.equal(front.querySelector('.lead h2')!.text.trim(), 'Scheduled story for Thursday morning');
    assert.ok(!existsSync(path.join(later.outDir, '2026/11/23/unfinished-draft')));
  });

  test('--drafts previews drafts and scheduled stories', async () => {
    const preview = await buildSiteInProcess(fixtureSite, { drafts: true });
    const draft = parse(await readOutput(preview.outDir, '2026/11/23/unfinished-draft/index.html'));
    assert.equal(draft.querySelector('.preview-label')!.text, 'Draft: not published yet');
    const scheduled = parse(await readOutput(preview.outDir, '2026/11/26/scheduled-story/index.html'));
    assert.equal(scheduled.querySelector('.preview-label')!.text, 'Scheduled: not published yet');
    const published = parse(await readOutput(preview.outDir, '2026/11/22/harbor-talks/index.html'));
    assert.equal(published.querySelector('.preview-label'), null);
    const issue = parse(await readOutput(preview.outDir, 'issues/2026-11-23/index.html'));
    assert.deepEqual(texts(issue, '.preview-label'), ['Draft: not published yet']);
  });
});

test('the site has a 404 page and html lang', async () => {
  const notFound = await page('404.html');
  assert.equal(notFound.querySelector('h1')!.text, 'Page not found');
  assert.equal(notFound.querySelector('html')!.getAttribute('lang'), 'en');
});

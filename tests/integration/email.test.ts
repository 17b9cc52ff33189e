import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fixtureSite, readOutput } from '../helpers/build.ts';
import { sharedBuild } from '../helpers/shared-build.ts';

const SITE = 'https://fixture.example/digest';
const ISSUE_DAYS = ['2026-11-22', '2026-11-23', '2026-11-24'];

describe('the email edition of each daily issue (fixture site, published under /digest)', () => {
  let outDir = '';
  const email = async (day: string): Promise<HTMLElement> => parse(await readOutput(outDir, `issues/${day}/email.html`));

  before(async () => {
    const built = await sharedBuild(fixtureSite);
    assert.equal(built.result.code, 0, built.result.stderr);
    outDir = built.outDir;
  });

  test('every issue has email.html and email.txt beside its page', () => {
    for (const day of ISSUE_DAYS) {
      assert.ok(existsSync(path.join(outDir, 'issues', day, 'email.html')), `${day} email.html`);
      assert.ok(existsSync(path.join(outDir, 'issues', day, 'email.txt')), `${day} email.txt`);
    }
  });

  test('links are absolute, keep the site path prefix, and point at the issue’s stories', async () => {
    const html = await email('2026-11-23');
    const hrefs = html.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    assert.ok(hrefs.length > 5);
    for (const href of hrefs) assert.ok(href.startsWith(`${SITE}/`), `${href} is absolute under ${SITE}/`);
    const issuePage = parse(await readOutput(outDir, 'issues/2026-11-23/index.html'));
    const storyLinks = new Set(issuePage.querySelectorAll('main .story-item__title a').map((a) => a.getAttribute('href')!.replace(/^\/digest/, SITE)));
    assert.equal(storyLinks.size, 3);
    for (const link of storyLinks) assert.ok(hrefs.includes(link), `email links to ${link}`);
    assert.ok(hrefs.includes(`${SITE}/issues/2026-11-23/`), 'a "read on the web" link to the issue');
  });

  test('CSS is inlined: no style rules left but the media query, and elements carry style attributes', async () => {
    const html = await email('2026-11-24');
    const styleText = html.querySelectorAll('style').map((style) => style.text).join('');
    assert.doesNotMatch(styleText.replace(/@media[^{]+\{(?:[^{}]*\{[^}]*\})*\s*\}/g, ''), /[{}]/, 'only @media rules stay in <style>');
    assert.match(html.querySelector('.lead__title')!.getAttribute('style') ?? '', /font-size:\s*26px/);
    assert.match(html.querySelector('body')!.getAttribute('style') ?? '', /background/);
    assert.equal(html.querySelectorAll('[class="story-title"]').every((h) => (h.getAttribute('style') ?? '').includes('font-size')), true);
  });

  test('the layout is a 600px table, and a hidden preheader leads with the lead story', async () => {
    const html = await email('2026-11-24');
    const container = html.querySelector('table.container')!;
    assert.equal(container.getAttribute('width'), '600');
    assert.equal(container.getAttribute('role'), 'presentation');
    const preheader = html.querySelector('body')!.childNodes.find((node) => node instanceof Object && 'tagName' in node) as HTMLElement;
    assert.equal(preheader.classList.contains('preheader'), true, 'the preheader is the first element in <body>');
    assert.match(preheader.getAttribute('style') ?? '', /display:\s*none/);
    assert.match(preheader.text, /^Two media newsletters merge their morning editions\. The two biggest morning newsletters/);
  });

  test('headlines stay text: a title with <script> is escaped, never markup', async () => {
    const raw = await readOutput(outDir, 'issues/2026-11-23/email.html');
    assert.doesNotMatch(raw, /<script/i);
    assert.match(raw, /Fed &lt;script&gt;alert\(1\)&lt;\/script&gt; cuts/);
  });

  test('email.txt: headline, summary and link of every story, lead first, then by section', async () => {
    const text = await readOutput(outDir, 'issues/2026-11-23/email.txt');
    assert.equal(
      text,
      [
        'FIXTURE DAILY, ISSUE 2',
        'Monday, November 23, 2026 · 3 stories',
        `Read on the web: ${SITE}/issues/2026-11-23/`,
        '',
        'TOP STORY',
        '=========',
        '',
        'Ceasefire monitors report a quiet night',
        'International monitors said the ceasefire held overnight for the first',
        'time in a week, with no shelling reported along the line of contact.',
        `${SITE}/2026/11/23/ceasefire-monitors/`,
        '',
        'POLITICS',
        '========',
        '',
        'House schedules budget vote for Thursday',
        'House leaders scheduled a vote on the stopgap budget for Thursday,',
        'setting up a tight deadline before the holiday recess. Members of both',
        'parties said they expected the bill to pass with a narrow margin.',
        `${SITE}/2026/11/23/budget-vote/`,
        '',
        'BUSINESS',
        '========',
        '',
        'Fed <script>alert(1)</script> cuts',
        'Rates fall by a quarter point <b>as expected</b> & markets shrug.',
        `${SITE}/2026/11/23/fed-script/`,
        '',
        '-'.repeat(72),
        'You are reading Fixture Daily: A small site the integration tests build.',
        `Past issues: ${SITE}/issues/`,
        '',
      ].join('\n'),
    );
  });

  test('email.txt lines fit 72 columns, except a URL that cannot be broken', async () => {
    for (const day of ISSUE_DAYS) {
      for (const line of (await readOutput(outDir, `issues/${day}/email.txt`)).split('\n')) {
        assert.ok(line.length <= 72 || /^(\S+: )?https?:\/\/\S+$/.test(line), `${day}: "${line}" is ${line.length} columns`);
      }
    }
  });

  test('emails are left out of search and off the site’s pages', async () => {
    const raw = await readOutput(outDir, 'issues/2026-11-24/email.html');
    assert.doesNotMatch(raw, /data-pagefind-body/);
    const sitemap = existsSync(path.join(outDir, 'sitemap.xml')) ? await readOutput(outDir, 'sitemap.xml') : '';
    assert.doesNotMatch(sitemap, /email\.html/);
  });
});

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { XMLParser } from 'fast-xml-parser';
import { fixtureCopy, readOutput } from '../helpers/build.ts';
import { buildSiteInProcess } from '../helpers/build-in-process.ts';

const SITE = 'https://fixture.example/digest/';
const HARBOR = `---
title: Harbor talks resume after a week of delay
date: 2026-11-22T08:00:00-05:00
section: World
author: Ana Ruiz
lead: true
corrections:
  - date: 2026-11-23T09:00:00-05:00
    text: An earlier version said the talks resumed on Saturday. They resumed on Sunday.
  - date: 2026-11-22T15:30:00-05:00
    text: An earlier version misnamed the port <authority>.
---
Negotiators returned to the table on Sunday.
`;
const MARKET = `---
title: Markets close higher
date: 2026-11-24T16:30:00-05:00
section: Business
corrections:
  - {date: 2026-11-24T18:30:00-05:00, text: "The index rose 1.2 percent, not 2.1 percent."}
---
Stocks rose.
`;
let outDir = '';

before(async () => {
  const content = await fixtureCopy({ 'stories/2026-11-22-harbor-talks.md': HARBOR, 'stories/2026-11-24-market-close.md': MARKET });
  const built = await buildSiteInProcess(content);
  outDir = built.outDir;
});

describe('corrections', () => {
  test('the story page prints each under the text, oldest first, and shows the story as updated', async () => {
    const page = parse(await readOutput(outDir, '2026/11/22/harbor-talks/index.html'));
    const printed = page.querySelectorAll('#corrections p').map((node) => node.textContent.trim());
    assert.deepEqual(printed, [
      'Correction, Nov 22: An earlier version misnamed the port <authority>.',
      'Correction, Nov 23: An earlier version said the talks resumed on Saturday. They resumed on Sunday.',
    ]);
    assert.match(page.querySelector('.story__header .meta')!.textContent, /Updated\s+Nov 23, 2026, 9:00 AM EST/);
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent);
    assert.equal(ld.dateModified, '2026-11-23T09:00:00-05:00');
    assert.deepEqual(ld.correction.map((entry: { '@type': string; datePublished: string }) => `${entry['@type']} ${entry.datePublished}`), [
      'CorrectionComment 2026-11-22T15:30:00-05:00',
      'CorrectionComment 2026-11-23T09:00:00-05:00',
    ]);
  });

  test('feeds carry the story as updated, its corrections under the text', async () => {
    const atom = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(await readOutput(outDir, 'atom.xml')).feed;
    const market = (atom.entry as { id: string; updated: string; content: { '#text': string } }[]).find((entry) => entry.id.endsWith('2026-11-24-market-close'))!;
    assert.equal(market.updated, '2026-11-24T18:30:00-05:00');
    assert.match(market.content['#text'], /<strong>Correction, Nov 24:<\/strong> The index rose 1\.2 percent, not 2\.1 percent\./);
  });

  test('/corrections/ lists every correction newest first, linked to its story, and is in the sitemap', async () => {
    const page = parse(await readOutput(outDir, 'corrections/index.html'));
    const entries = page.querySelectorAll('.corrections-list li');
    assert.deepEqual(
      entries.map((entry) => entry.querySelector('a')!.getAttribute('href')),
      ['/digest/2026/11/24/market-close/#corrections', '/digest/2026/11/22/harbor-talks/#corrections', '/digest/2026/11/22/harbor-talks/#corrections'],
    );
    assert.match(entries[0]!.textContent, /Correction, Nov 24, 2026, to Markets close higher:\s+The index rose 1\.2 percent/);
    assert.match(await readOutput(outDir, 'sitemap.xml'), /<loc>https:\/\/fixture\.example\/digest\/corrections\/<\/loc>/);
  });

  test('/corrections/feed.xml has one item per correction, newest first, with ids that survive a later correction', async () => {
    const channel = new XMLParser({ ignoreAttributes: false }).parse(await readOutput(outDir, 'corrections/feed.xml')).rss.channel;
    assert.equal(channel.link, `${SITE}corrections/`);
    const items = channel.item as { title: string; link: string; guid: { '#text': string }; description: string }[];
    assert.deepEqual(items.map((item) => item.title), [
      'Correction: Markets close higher',
      'Correction: Harbor talks resume after a week of delay',
      'Correction: Harbor talks resume after a week of delay',
    ]);
    assert.equal(items[1]!.link, `${SITE}2026/11/22/harbor-talks/#corrections`);
    assert.deepEqual(items.map((item) => item.guid['#text']), [
      'tag:fixture.example,2026:digest/corrections/stories/2026-11-24-market-close/1',
      'tag:fixture.example,2026:digest/corrections/stories/2026-11-22-harbor-talks/2',
      'tag:fixture.example,2026:digest/corrections/stories/2026-11-22-harbor-talks/1',
    ]);
    assert.equal(items[2]!.description, 'An earlier version misnamed the port &lt;authority&gt;.');
  });
});

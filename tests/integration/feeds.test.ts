import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import escapeHtml from 'escape-html';
import { fixtureCopy, fixtureSite, readOutput } from '../helpers/build.ts';
import { buildSiteInProcess } from '../helpers/build-in-process.ts';
import { sharedBuild } from '../helpers/shared-build.ts';

/**
 * Every feed of the fixture site read by Python's feedparser (Debian's python3-feedparser,
 * installed by scripts/ensure-test-deps.sh): what real feed readers see.
 */
const FEEDPARSER = String.raw`
import calendar, json, sys, feedparser
import xml.etree.ElementTree as ET
def when(t):
    return None if t is None else calendar.timegm(t) * 1000
def raw_contents(path):
    # The item HTML exactly as written, unescaped once by an XML parser (feedparser sanitizes it).
    if path.endswith('.json'):
        return {}
    root = ET.parse(path).getroot()
    atom, content = '{http://www.w3.org/2005/Atom}', '{http://purl.org/rss/1.0/modules/content/}encoded'
    raw = {}
    for item in root.iter('item'):
        raw[item.findtext('link')] = item.findtext(content)
    for entry in root.iter(atom + 'entry'):
        raw[entry.find(atom + 'link').get('href')] = entry.findtext(atom + 'content')
    return raw
out = {}
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out[path] = {
        'bozo': bool(d.bozo), 'error': str(d.get('bozo_exception', '')), 'version': d.version,
        'title': d.feed.get('title'), 'link': d.feed.get('link'),
        'links': [dict(rel=l.get('rel'), href=l.get('href')) for l in d.feed.get('links', [])],
        'entries': [{
            'id': e.get('id'), 'title': e.get('title'), 'titleType': e.get('title_detail', {}).get('type'),
            'link': e.get('link'), 'published': e.get('published'), 'publishedMs': when(e.get('published_parsed')),
            'summary': e.get('summary'), 'summaryType': e.get('summary_detail', {}).get('type'), 'content': [c.get('value') for c in e.get('content', [])],
            'tags': [t.get('term') for t in e.get('tags', [])], 'authors': [a.get('name') for a in e.get('authors', [])],
        } for e in d.entries],
        'raw': raw_contents(path),
    }
json.dump(out, sys.stdout)
`;

interface ParsedEntry {
  id: string;
  title: string;
  titleType: string;
  link: string;
  published: string;
  publishedMs: number;
  summary: string;
  summaryType: string;
  content: string[];
  tags: string[];
  authors: string[];
}
interface ParsedFeed {
  bozo: boolean;
  error: string;
  version: string;
  title: string;
  link: string;
  links: { rel: string; href: string }[];
  entries: ParsedEntry[];
  raw: Record<string, string>;
}

async function parseFeeds(files: string[]): Promise<Record<string, ParsedFeed>> {
  const { stdout } = await promisify(execFile)('/usr/bin/python3', ['-c', FEEDPARSER, ...files], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Record<string, ParsedFeed>;
}

const SITE = 'https://fixture.example/digest/';
const XML_FEEDS = ['feed.xml', 'atom.xml', 'issues/feed.xml', 'sections/business/feed.xml', 'sections/world/feed.xml', 'tags/markets/feed.xml', 'tags/shipping/feed.xml'];

let outDir = '';
let feeds: Record<string, ParsedFeed> = {};
const feed = (relative: string): ParsedFeed => {
  const parsed = feeds[path.join(outDir, relative)];
  assert.ok(parsed, `no parsed feed for ${relative}`);
  return parsed;
};

before(async () => {
  const built = await sharedBuild(fixtureSite);
  assert.equal(built.result.code, 0, built.result.stderr);
  outDir = built.outDir;
  feeds = await parseFeeds(XML_FEEDS.map((relative) => path.join(outDir, relative)));
});

/** The HTML content of the item at `link`, as written (unescaped once by Python's XML parser). */
function rawContent(relative: string, link: string): string {
  const content = feed(relative).raw[SITE + link];
  assert.ok(content, `${relative} has no item ${link}`);
  return content;
}

async function filesEndingWith(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith(suffix)).map((entry) => path.join(dir, entry));
}

describe('feeds, as a real feed parser reads them', () => {
  test('every RSS and Atom feed parses without errors, in the expected format', () => {
    for (const relative of XML_FEEDS) {
      const parsed = feed(relative);
      assert.equal(parsed.bozo, false, `${relative}: ${parsed.error}`);
      assert.equal(parsed.version, relative === 'atom.xml' ? 'atom10' : 'rss20', relative);
    }
  });

  test('the site feeds carry the newest feedItems (5) stories, newest first, with zone-correct dates', () => {
    for (const relative of ['feed.xml', 'atom.xml']) {
      const entries = feed(relative).entries;
      assert.deepEqual(
        entries.map((entry) => entry.title),
        ['Evening vote keeps the port open', 'Stocks close higher on retail earnings', 'Holiday travel forecast turns stormy', 'Two media newsletters merge their morning editions', 'Fed <script>alert(1)</script> cuts'],
        relative,
      );
      const market = entries[1]!;
      assert.equal(market.publishedMs, Date.parse('2026-11-24T16:30:00-05:00'), relative);
      assert.equal(market.link, `${SITE}2026/11/24/market-close/`);
    }
    assert.equal(feed('feed.xml').entries[1]!.published, 'Tue, 24 Nov 2026 16:30:00 -0500');
    assert.equal(feed('atom.xml').entries[1]!.published, '2026-11-24T16:30:00-05:00');
  });

  test('a headline with markup comes back as exactly that text, never as markup', () => {
    for (const relative of ['feed.xml', 'atom.xml', 'sections/business/feed.xml', 'tags/markets/feed.xml']) {
      const fed = feed(relative).entries.find((entry) => entry.link.endsWith('/fed-script/'));
      assert.ok(fed, relative);
      assert.equal(fed.title, 'Fed <script>alert(1)</script> cuts', relative);
      assert.equal(fed.titleType, 'text/plain', relative);
      // RSS descriptions are HTML to readers, Atom's summary is declared text: either way the reader shows the editor's text.
      const summary = 'Rates fall by a quarter point <b>as expected</b> & markets shrug.';
      assert.equal(fed.summary, fed.summaryType === 'text/html' ? escapeHtml(summary) : summary, relative);
      assert.doesNotMatch(fed.content[0] ?? '', /<script/, relative);
    }
    // feedparser sanitizes content into decoded HTML; the HTML as written must keep markup escaped.
    const content = rawContent('feed.xml', '2026/11/23/fed-script/');
    assert.match(content, /Sources: <a href="https:\/\/www\.wsj\.com\/">Wall Street &lt;Journal&gt;<\/a>/);
    assert.match(rawContent('atom.xml', '2026/11/23/fed-script/'), /Wall Street &lt;Journal&gt;/);
  });

  test('every link is absolute and keeps the site path', () => {
    for (const relative of XML_FEEDS) {
      const parsed = feed(relative);
      assert.ok(parsed.link.startsWith(SITE), `${relative}: ${parsed.link}`);
      const self = parsed.links.find((link) => link.rel === 'self');
      assert.equal(self?.href, SITE + relative, relative);
      for (const entry of parsed.entries) {
        assert.ok(entry.link.startsWith(SITE), `${relative}: ${entry.link}`);
        for (const href of (entry.content[0] ?? '').matchAll(/(?:href|src)="([^"]*)"/g)) assert.match(href[1]!, /^https:\/\//, relative);
      }
    }
  });

  test('items carry summary, full content, author and categories from section and tags', () => {
    const harbor = feed('feed.xml').entries.find((entry) => entry.link.endsWith('/harbor-talks/'));
    // Harbor talks is older than the newest five: read it from its section's feed instead.
    const world = harbor ?? feed('sections/world/feed.xml').entries.find((entry) => entry.link.endsWith('/harbor-talks/'));
    assert.ok(world);
    assert.deepEqual(world.tags, ['World', 'diplomacy', 'shipping']);
    assert.deepEqual(world.authors, ['Ana Ruiz']);
    assert.match(world.summary, /Negotiators returned to the table/);
    assert.match(world.content[0] ?? '', /<p>Officials on both sides said/);
  });

  test('a section or tag feed has only its own stories; ids are tag: URIs built from the story file', () => {
    assert.deepEqual(
      feed('tags/shipping/feed.xml').entries.map((entry) => entry.title),
      ['Evening vote keeps the port open', 'Grain prices ease as shipping routes reopen', 'Harbor talks resume after a week of delay'],
    );
    assert.ok(feed('sections/business/feed.xml').entries.every((entry) => entry.tags[0] === 'Business'));
    const ids = feed('feed.xml').entries.map((entry) => entry.id);
    assert.equal(ids[0], 'tag:fixture.example,2026:digest/stories/2026-11-24-evening-vote');
    assert.deepEqual(feed('atom.xml').entries.map((entry) => entry.id), ids);
  });

  test('the issues feed has one item a closed day whose content is the newsletter, dated when it closed', () => {
    const issues = feed('issues/feed.xml').entries;
    // Built at 20:00 on the 24th with no issueCloses: that day's issue is open and left out.
    assert.deepEqual(issues.map((entry) => entry.link), [`${SITE}issues/2026-11-23/`, `${SITE}issues/2026-11-22/`]);
    // Each closed when the next day's first story was published (the 24th's is a date-only story: midnight).
    assert.deepEqual(issues.map((entry) => entry.publishedMs), [Date.parse('2026-11-24T00:00:00-05:00'), Date.parse('2026-11-23T07:00:00-05:00')]);
    const monday = issues[0]!;
    assert.equal(monday.title, 'Issue 2, Monday, November 23, 2026: Ceasefire monitors report a quiet night');
    assert.ok(monday.content[0]?.includes('<h2>'));
    const body = rawContent('issues/feed.xml', 'issues/2026-11-23/');
    for (const title of ['Ceasefire monitors report a quiet night', 'House schedules budget vote for Thursday']) assert.ok(body.includes(title), title);
    assert.match(body, /Fed &lt;script&gt;alert\(1\)&lt;\/script&gt; cuts/);
    assert.match(body, /Sources: <a href="https:\/\/www\.wsj\.com\/">Wall Street &lt;Journal&gt;<\/a>/);
    assert.match(body, /<a href="https:\/\/fixture\.example\/digest\/2026\/11\/23\/fed-script\/">/);
    assert.doesNotMatch(body, /Draft that must not be published/);
  });
});

describe('XML and JSON outputs', () => {
  test('every XML file the build writes is well-formed', async () => {
    const files = await filesEndingWith(outDir, '.xml');
    assert.ok(files.length >= 4 + 5, `only ${files.length} XML files`);
    for (const file of [...files, path.join(outDir, 'assets/feed.xsl')]) {
      const verdict = XMLValidator.validate(await readFile(file, 'utf8'));
      assert.equal(verdict, true, `${path.relative(outDir, file)}: ${JSON.stringify(verdict)}`);
    }
  });

  test('RSS and Atom point browsers to the XSLT view on the same origin, path prefix included', async () => {
    for (const relative of ['feed.xml', 'atom.xml', 'tags/shipping/feed.xml']) {
      assert.match(await readOutput(outDir, relative), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<\?xml-stylesheet type="text\/xsl" href="\/digest\/assets\/feed.xsl"\?>/, relative);
    }
  });

  test('the JSON Feed is version 1.1 with every item field readers use', async () => {
    const json = JSON.parse(await readOutput(outDir, 'feed.json'));
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(json.feed_url, `${SITE}feed.json`);
    assert.equal(json.home_page_url, SITE);
    assert.equal(json.items.length, 5);
    for (const item of json.items) {
      for (const field of ['id', 'url', 'title', 'content_html', 'summary', 'date_published']) assert.equal(typeof item[field], 'string', field);
      assert.match(item.date_published, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/);
      assert.ok(Array.isArray(item.authors) && item.authors.length > 0 && item.authors.every((author: { name?: unknown }) => typeof author.name === 'string'));
      assert.ok(Array.isArray(item.tags) && item.tags.length > 0);
      assert.ok(item.url.startsWith(SITE));
    }
    const fed = json.items.find((item: { url: string }) => item.url.endsWith('/fed-script/'));
    assert.equal(fed.title, 'Fed <script>alert(1)</script> cuts');
    assert.deepEqual(fed.tags, ['Business', 'markets', 'central banks']);
  });

  test('sitemap.xml lists every page with lastmod; the news sitemap only the last two days', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' });
    const sitemap = parser.parse(await readOutput(outDir, 'sitemap.xml'));
    const urls: { loc: string; lastmod: string }[] = sitemap.urlset.url;
    const locs = urls.map((url) => url.loc);
    for (const page of ['', '2026/11/22/harbor-talks/', 'issues/', 'issues/2026-11-22/', 'sections/briefs/', 'tags/', 'tags/central-banks/']) {
      assert.ok(locs.includes(SITE + page), page);
    }
    assert.equal(urls.length, 1 + 9 + 1 + 3 + new Set(locs.filter((loc) => loc.includes('/sections/'))).size + 1 + locs.filter((loc) => /\/tags\/.+\//.test(loc)).length);
    assert.ok(!locs.some((loc) => /unfinished-draft|2026\/11\/26/.test(loc)));
    assert.ok(urls.every((url) => !Number.isNaN(Date.parse(url.lastmod))));
    assert.equal(urls.find((url) => url.loc.endsWith('/market-close/'))?.lastmod, '2026-11-24T18:00:00-05:00');

    const news = parser.parse(await readOutput(outDir, 'news-sitemap.xml'));
    const stories: { loc: string; 'news:news': Record<string, unknown> }[] = news.urlset.url;
    // Built at 2026-11-24 20:00 New York: Nov 22 08:00 is more than two days earlier.
    assert.ok(stories.every((story) => !story.loc.endsWith('/harbor-talks/')));
    assert.ok(stories.some((story) => story.loc.endsWith('/fed-script/')));
    assert.equal(stories.length, 7);
    const fed = stories.find((story) => story.loc.endsWith('/fed-script/'))!['news:news'];
    assert.deepEqual(fed['news:publication'], { 'news:name': 'Fixture Daily', 'news:language': 'en' });
    assert.equal(fed['news:publication_date'], '2026-11-23T10:00:00-05:00');
    assert.equal(fed['news:title'], 'Fed <script>alert(1)</script> cuts');
  });

  test('robots.txt points to both sitemaps', async () => {
    const robots = await readOutput(outDir, 'robots.txt');
    assert.match(robots, /^Sitemap: https:\/\/fixture\.example\/digest\/sitemap\.xml$/m);
    assert.match(robots, /^Sitemap: https:\/\/fixture\.example\/digest\/news-sitemap\.xml$/m);
  });
});

describe('feed ids across edits', () => {
  test('editing a story title, summary and time keeps its id; relative links and images become absolute', async () => {
    const original = await readFile(path.join(fixtureSite, 'stories/2026-11-24-market-close.md'), 'utf8');
    const edited = original
      .replace(/^title: .*$/m, 'title: Stocks end sharply higher after retail earnings')
      .replace(/^date: 2026-11-24T16:30:00-05:00$/m, 'date: 2026-11-24T16:45:00-05:00');
    assert.notEqual(edited, original);
    const content = await fixtureCopy({
      'stories/2026-11-24-market-close.md': edited.replace(/^---\n/, '---\nsummary: A rewritten summary.\n'),
      'stories/2026-11-24-chart-story.md': [
        '---',
        'title: A chart of the week',
        'date: 2026-11-24T19:00:00-05:00',
        'image: /images/chart.svg',
        'imageAlt: A rising line',
        '---',
        'See [the markets tag](/tags/markets/), [the notes](#notes) and ![the chart](/images/chart.svg).',
        '',
      ].join('\n'),
    });
    await writeFile(path.join(content, 'images/chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>').catch(async () => {
      const { mkdir } = await import('node:fs/promises');
      await mkdir(path.join(content, 'images'), { recursive: true });
      await writeFile(path.join(content, 'images/chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    });
    const rebuilt = await buildSiteInProcess(content);
    const after = await parseFeeds(['feed.xml', 'atom.xml'].map((relative) => path.join(rebuilt.outDir, relative)));
    for (const relative of ['feed.xml', 'atom.xml']) {
      const before = feed(relative).entries.find((entry) => entry.link.endsWith('/market-close/'))!;
      const parsed = after[path.join(rebuilt.outDir, relative)]!;
      assert.equal(parsed.bozo, false, parsed.error);
      const market = parsed.entries.find((entry) => entry.link.endsWith('/market-close/'))!;
      assert.equal(market.title, 'Stocks end sharply higher after retail earnings');
      assert.equal(market.summary, 'A rewritten summary.');
      assert.equal(market.id, before.id, relative);
      const chart = parsed.entries.find((entry) => entry.link.endsWith('/chart-story/'))!.content[0] ?? '';
      assert.match(chart, /<a href="https:\/\/fixture\.example\/digest\/tags\/markets\/">/);
      assert.match(chart, /<a href="https:\/\/fixture\.example\/digest\/2026\/11\/24\/chart-story\/#notes">/);
      assert.match(chart, /<img alt="the chart" src="https:\/\/fixture\.example\/digest\/images\/chart\.svg" \/>/);
    }
    const json = JSON.parse(await readOutput(rebuilt.outDir, 'feed.json'));
    const beforeJson = JSON.parse(await readOutput(outDir, 'feed.json'));
    const idOf = (feedJson: { items: { url: string; id: string }[] }) => feedJson.items.find((item) => item.url.endsWith('/market-close/'))?.id;
    assert.equal(idOf(json), idOf(beforeJson));
    assert.equal(json.items.find((item: { url: string }) => item.url.endsWith('/chart-story/'))?.image, 'https://fixture.example/digest/images/chart.svg');
  });
});

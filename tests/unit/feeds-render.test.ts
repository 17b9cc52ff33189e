import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { storyEntry, issueEntry } from '../../src/feeds/entries.ts';
import { renderRss } from '../../src/feeds/rss.ts';
import { renderAtom } from '../../src/feeds/atom.ts';
import { toJsonFeed } from '../../src/feeds/json-feed.ts';
import { rfc3339, rfc822 } from '../../src/feeds/feed-dates.ts';
import type { FeedDocument } from '../../src/feeds/feed-document.ts';
import { groupIntoIssues } from '../../src/transforms/issues.ts';
import { parseNewsroomDate } from '../../src/transforms/dates.ts';
import { makeStory } from '../helpers/stories.ts';

const site = { url: 'https://x.example/digest', author: 'The desk' };
const story = makeStory({
  title: 'Fed <script>alert(1)</script> cuts & "more"',
  summary: 'Literally &lt;b&gt; & <i>this</i>.',
  html: '<p>See <a href="/tags/markets/">markets</a> &amp; more.</p>',
  date: '2026-07-04T09:30:00-04:00',
  authors: ['Ana Ruiz'],
  tagNames: ['markets'],
  sources: [{ name: 'Wall Street <Journal>', url: 'https://www.wsj.com/' }],
});

function documentOf(entries = [storyEntry(story, site)]): FeedDocument {
  return {
    id: 'tag:x.example,2026:digest/feeds/latest',
    title: 'X & Y',
    description: 'All the <news>',
    language: 'en',
    homeUrl: 'https://x.example/digest/',
    selfUrl: 'https://x.example/digest/feed.xml',
    updated: story.published,
    author: 'The desk',
    stylesheetHref: '/digest/assets/feed.xsl',
    items: entries,
  };
}

test('dates are RFC 822 and RFC 3339 in the newsroom offset, summer and winter', () => {
  assert.equal(rfc822(story.published), 'Sat, 04 Jul 2026 09:30:00 -0400');
  assert.equal(rfc3339(story.published), '2026-07-04T09:30:00-04:00');
  const winter = parseNewsroomDate('2026-11-24T16:30', 'America/New_York');
  assert.ok(winter.ok);
  assert.equal(rfc822(winter.value), 'Tue, 24 Nov 2026 16:30:00 -0500');
});

test('a story entry has absolute links, its sources, section and tags, and an id from its file', () => {
  const entry = storyEntry(story, site);
  assert.equal(entry.id, `tag:x.example,2026:digest/${story.id}`);
  assert.equal(entry.url, `https://x.example/digest${story.url}`);
  assert.match(entry.contentHtml, /<a href="https:\/\/x\.example\/digest\/tags\/markets\/">/);
  assert.match(entry.contentHtml, /Wall Street &lt;Journal&gt;/);
  assert.deepEqual(entry.categories.map((category) => category.name), ['World', 'markets']);
  assert.equal(storyEntry({ ...story, title: 'Renamed', published: story.published }, site).id, entry.id);
});

test('text round-trips through RSS and Atom exactly, markup and entities included', () => {
  const parser = new XMLParser({ ignoreAttributes: false, processEntities: false });
  const decode = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const rss = renderRss(documentOf());
  assert.equal(XMLValidator.validate(rss), true);
  const item = parser.parse(rss).rss.channel.item;
  assert.equal(decode(item.title), story.title);
  // RSS descriptions are HTML to readers: the text is HTML-escaped inside the XML-escaped element.
  assert.equal(decode(item.description), 'Literally &amp;lt;b&amp;gt; &amp; &lt;i&gt;this&lt;/i&gt;.');
  assert.match(decode(item['content:encoded']), /<p>See <a href="https:\/\/x\.example\/digest\/tags\/markets\/">markets<\/a> &amp; more\.<\/p>/);
  assert.equal(item.guid['@_isPermaLink'], 'false');
  assert.equal(item.pubDate, 'Sat, 04 Jul 2026 09:30:00 -0400');
  assert.match(rss, /<\?xml-stylesheet type="text\/xsl" href="\/digest\/assets\/feed.xsl"\?>/);

  const atom = renderAtom(documentOf());
  assert.equal(XMLValidator.validate(atom), true);
  const entry = parser.parse(atom).feed.entry;
  assert.equal(decode(entry.title['#text']), story.title);
  assert.equal(decode(entry.summary['#text']), story.summary);
  assert.equal(entry.published, '2026-07-04T09:30:00-04:00');
  assert.equal(parser.parse(atom).feed.link[0]['@_rel'], 'self');
});

test('JSON Feed 1.1 carries the plain text and the fields readers use', () => {
  const json = toJsonFeed(documentOf());
  assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
  const [item] = json.items;
  assert.ok(item);
  assert.equal(item.title, story.title);
  assert.equal(item.summary, story.summary);
  assert.deepEqual(item.authors, [{ name: 'Ana Ruiz' }]);
  assert.deepEqual(item.tags, ['World', 'markets']);
  assert.equal(item.date_published, '2026-07-04T09:30:00-04:00');
});

test('an issue entry is the newsletter: lead, then sections with headline, summary, sources and link', () => {
  const other = makeStory({ title: 'Budget <vote>', summary: 'Soon.', sectionName: 'Politics', date: '2026-07-04T12:00:00-04:00', slug: 'budget' });
  const lead = { ...story, lead: true };
  const [issue] = groupIntoIssues([other, lead], { timeZone: 'America/New_York', sectionOrder: ['World', 'Politics'] });
  assert.ok(issue);
  const entry = issueEntry(issue, site);
  assert.equal(entry.id, 'tag:x.example,2026:digest/issues/2026-07-04');
  assert.equal(entry.url, 'https://x.example/digest/issues/2026-07-04/');
  assert.equal(entry.published.iso, '2026-07-04T09:30:00-04:00');
  assert.equal(entry.updated.iso, '2026-07-04T12:00:00-04:00');
  assert.ok(entry.contentHtml.indexOf('Fed &lt;script&gt;') < entry.contentHtml.indexOf('<h2><a href="https://x.example/digest/sections/politics/">Politics</a></h2>'));
  assert.match(entry.contentHtml, /<h3><a href="https:\/\/x\.example\/digest\/2026\/07\/04\/budget\/">Budget &lt;vote&gt;<\/a><\/h3><p>Soon\.<\/p>/);
  assert.match(entry.contentHtml, /Sources: <a href="https:\/\/www\.wsj\.com\/">Wall Street &lt;Journal&gt;<\/a>/);
});

test('feed items carry the story HTML without anything that runs, in RSS, Atom and JSON Feed (issue 12, item 11)', () => {
  const hostile = makeStory({
    title: 'Embeds',
    rawHtml: true,
    html:
      '<p>Chart <script>alert(1)</script><img src="/images/a.png" onerror="alert(2)" alt="A chart">' +
      ' <a href="javascript:alert(3)">click</a> <a href="/tags/x/">tag</a></p>' +
      '<iframe src="https://www.youtube.com/embed/abc"></iframe><div onclick="alert(4)" style="position:fixed">Boxed</div>',
  });
  const entry = storyEntry(hostile, site);
  for (const text of [entry.contentHtml, renderRss(documentOf([entry])), renderAtom(documentOf([entry])), JSON.stringify(toJsonFeed(documentOf([entry])))]) {
    assert.doesNotMatch(text, /<script|&lt;script|onerror|onclick|javascript:|style=|position:fixed/i);
  }
  assert.match(entry.contentHtml, /<img src="https:\/\/x\.example\/digest\/images\/a\.png" alt="A chart" \/>/);
  assert.match(entry.contentHtml, /<a href="https:\/\/x\.example\/digest\/tags\/x\/">tag<\/a>/);
  assert.match(entry.contentHtml, /<a href="https:\/\/www\.youtube\.com\/embed\/abc">Open the embedded content<\/a>/);
  assert.match(entry.contentHtml, /<div>Boxed<\/div>/);
});

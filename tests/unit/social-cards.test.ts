import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CARD_CACHE_MAX_AGE_MS, CardCache, cardKey } from '../../src/cards/card-cache.ts';
import { cardPlanOf, hasOwnCard, planCards, storyCardUrl } from '../../src/cards/card-plan.ts';
import { cardSvg, fitHeadline, headlineEms, wrapWords } from '../../src/cards/card-svg.ts';
import { storyCardText } from '../../src/cards/card-text.ts';
import { cardsToDraw } from '../../src/cards/cards-to-draw.ts';
import { drawCard } from '../../src/cards/draw-card.ts';
import { pageCardUrl } from '../../src/cards/page-card.ts';
import { groupIntoIssues } from '../../src/transforms/issues.ts';
import { indexBy } from '../../src/transforms/taxonomies.ts';
import { everyPage } from '../../src/site/render-set.ts';
import { pngColours, pngSize } from '../helpers/png.ts';
import { makeStory } from '../helpers/stories.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const site = { title: 'Daybook', tagline: 'The news of the day.' };
const text = { kicker: 'World', headline: 'Senate sets vote on Iran war powers resolution before recess', dateline: 'Tuesday, November 24, 2026', masthead: 'Daybook' };

test('a card is a 1200×630 PNG with the text drawn on it, not a blank', async () => {
  const png = await drawCard(text);
  assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
  const colours = pngColours(png);
  // Paper, ink, accent and muted, and the anti-aliased edges of every glyph between them.
  assert.ok(colours.size > 50, `only ${colours.size} colours`);
  for (const colour of [0xfdfcf8, 0x1b1b1b, 0x9b1c1c]) assert.ok(colours.has(colour), `#${colour.toString(16)} is drawn`);
  const blank = pngColours(await drawCard({ kicker: '', headline: '', dateline: '', masthead: '' }));
  assert.ok(blank.size < 5, 'the check above would catch a card whose text failed to draw');
});

test('the card escapes its text and wraps a long headline, cutting at a word with an ellipsis past the room', () => {
  const svg = cardSvg({ ...text, headline: 'Tom & Jerry <script>alert(1)</script> "quoted"', masthead: 'A&B' });
  for (const escaped of ['Tom &amp; Jerry', '&lt;script&gt;alert(1)&lt;/script&gt;', '&quot;quoted&quot;']) assert.ok(svg.includes(escaped), escaped);
  assert.match(svg, />A&amp;B</);
  assert.doesNotMatch(svg, /<script/);
  assert.deepEqual(wrapWords('one two three four', 9), ['one two', 'three', 'four']);
  assert.deepEqual(wrapWords('abcdefghij', 4), ['abcd', 'efgh', 'ij'], 'a word longer than a line is cut');
  const short = fitHeadline('Fed holds rates');
  assert.equal(short.lines.length, 1);
  const long = fitHeadline('word '.repeat(200));
  assert.ok(long.size < short.size);
  assert.ok(long.lines.at(-1)!.endsWith('word…'));
  // Wrapped by estimated glyph widths, not letters: capitals take more room than lowercase.
  assert.ok(headlineEms('WASHINGTON') > headlineEms('washington') * 1.1);
  const caps = fitHeadline('WASHINGTON MOVES TO WAR POWERS VOTE AS IRAN TALKS COLLAPSE');
  assert.ok(caps.lines.every((line) => headlineEms(line) * caps.size <= 1040), caps.lines.join(' / '));
  assert.ok(caps.lines[0]!.length < fitHeadline('washington moves to war powers vote as iran talks collapse').lines[0]!.length);
});

test('stories of the newest issues get their own card; older ones their section’s; a raster picture stands in for a card, an SVG does not', () => {
  const stories = [
    makeStory({ title: 'new', date: '2026-11-24T09:00:00-05:00' }),
    makeStory({ title: 'svg', date: '2026-11-24T10:00:00-05:00', image: { src: '/images/chart.svg', alt: 'Chart' } }),
    makeStory({ title: 'photo', date: '2026-11-24T11:00:00-05:00', image: { src: 'https://cdn.example/photo.jpg?w=1200', alt: 'Photo' } }),
    makeStory({ title: 'yesterday', date: '2026-11-23T09:00:00-05:00' }),
    makeStory({ title: 'old', date: '2026-11-20T09:00:00-05:00', sectionName: 'Business' }),
  ];
  const issues = groupIntoIssues(stories, { timeZone: 'America/New_York', sectionOrder: [] });
  const plan = planCards(issues, 2);
  assert.equal(plan.firstDayWithOwnCards, '2026-11-23');
  const [fresh, svg, photo, yesterday, old] = stories as [ReturnType<typeof makeStory>, ...ReturnType<typeof makeStory>[]];
  assert.equal(storyCardUrl(fresh, plan), `${fresh.url}card.png`);
  assert.equal(storyCardUrl(svg!, plan), `${svg!.url}card.png`);
  assert.equal(storyCardUrl(photo!, plan), undefined);
  assert.equal(hasOwnCard(yesterday!, plan), true);
  assert.equal(storyCardUrl(old!, plan), '/sections/business/card.png');
  assert.equal(planCards(issues, 0).firstDayWithOwnCards, undefined, 'recentIssues 0: every story shares its section’s card');
  assert.equal(planCards([], 3).firstDayWithOwnCards, undefined);

  const model = { site: { ...site, socialCards: { recentIssues: 2 } }, issues };
  assert.equal(pageCardUrl({ url: issues[0]!.url, issue: issues[0] }, model), '/issues/2026-11-24/card.png');
  const oldIssue = issues.find((issue) => issue.day === '2026-11-20')!;
  assert.equal(pageCardUrl({ url: oldIssue.url, issue: oldIssue }, model), '/card.png', 'an issue older than the newest few shares the front page’s card');
  assert.equal(pageCardUrl({ url: '/', issue: issues[0] }, model), '/card.png', 'the front page shows the newest issue but has its own card');
  assert.equal(pageCardUrl({ url: '/sections/business/page/1/', section: old!.section }, model), '/sections/business/card.png');
  assert.equal(pageCardUrl({ url: old!.url, story: old }, model), '/sections/business/card.png');
  assert.equal(cardPlanOf(model).firstDayWithOwnCards, '2026-11-23');
});

test('a build draws cards for the newest issues only', () => {
  const stories = ['2026-11-20', '2026-11-23', '2026-11-24'].map((day) => makeStory({ title: day, date: `${day}T09:00:00-05:00` })).reverse();
  const issues = groupIntoIssues(stories, { timeZone: 'America/New_York', sectionOrder: [] });
  const all = everyPage({ stories, issues, tags: [], sections: [], tagListings: [], sectionListings: [] });
  const issueCards = cardsToDraw({ site, pages: all }, planCards(issues, 2)).map((card) => card.url).filter((url) => url.startsWith('/issues/'));
  assert.deepEqual(issueCards, ['/issues/2026-11-24/card.png', '/issues/2026-11-23/card.png']);
});

test('a build draws the cards of the pages it renders only, and the front page’s', () => {
  const stories = [makeStory({ title: 'a', date: '2026-11-24T09:00:00-05:00' }), makeStory({ title: 'b', date: '2026-11-24T10:00:00-05:00' })];
  const issues = groupIntoIssues(stories, { timeZone: 'America/New_York', sectionOrder: [] });
  const sections = indexBy(stories, (story) => [story.section]);
  const plan = planCards(issues, 3);
  const all = everyPage({ stories, issues, tags: [], sections, tagListings: [], sectionListings: [] });
  assert.deepEqual(cardsToDraw({ site, pages: all }, plan).map((card) => card.url), ['/card.png', `${stories[0]!.url}card.png`, `${stories[1]!.url}card.png`, '/issues/2026-11-24/card.png', '/sections/world/card.png']);
  const one = { ...all, stories: [stories[1]!], issues: [], sections: [] };
  assert.deepEqual(cardsToDraw({ site, pages: one }, plan), [
    { url: '/card.png', text: { kicker: 'Daily issues', headline: site.tagline, dateline: '', masthead: 'Daybook' } },
    { url: `${stories[1]!.url}card.png`, text: storyCardText(stories[1]!, site) },
  ]);
});

test('the card cache returns what it kept, by text and layout, and refuses a file that fails its checksum', async () => {
  assert.notEqual(cardKey(text), cardKey({ ...text, headline: `${text.headline}!` }));
  const dir = await tempDir('card-cache');
  const cache = new CardCache(dir);
  const png = Buffer.from('not really a png');
  assert.equal(await cache.read(cardKey(text)), undefined);
  await cache.write(cardKey(text), png);
  assert.deepEqual(await cache.read(cardKey(text)), png);
  assert.deepEqual((await readdir(path.join(dir, 'cards'))).sort(), [`${cardKey(text)}.png`, `${cardKey(text)}.sha256`], 'no temporary file is left');
  await writeFile(path.join(dir, 'cards', `${cardKey(text)}.png`), 'truncat');
  assert.equal(await cache.read(cardKey(text)), undefined);
  assert.equal(await new CardCache(undefined).read(cardKey(text)), undefined, '--no-cache keeps nothing');
});

test('two writes of one card at once (two pages sharing it, drawn side by side) both land, and the card reads back', async () => {
  const dir = await tempDir('cards');
  const cache = new CardCache(dir);
  const png = Buffer.from('not really a png, but bytes');
  await Promise.all([cache.write('same-key', png), cache.write('same-key', png)]);
  assert.deepEqual(await cache.read('same-key'), png);
  assert.deepEqual((await readdir(path.join(dir, 'cards'))).sort(), ['same-key.png', 'same-key.sha256'], 'no temporary file left');
});

test('the card cache forgets cards no build has used for a month, keeps those read since, and touches no file of its own', async () => {
  const dir = await tempDir('cards');
  const cards = path.join(dir, 'cards');
  const cache = new CardCache(dir);
  const png = Buffer.from('bytes of a card');
  const [fresh, unused, readAgain, orphan] = ['fresh', 'unused', 'read again', 'orphan'].map((headline) => cardKey({ ...text, headline })) as [string, string, string, string];
  for (const key of [fresh, unused, readAgain]) await cache.write(key, png);
  // A killed build's temporary file, a checksum whose card is gone, and files that are not the cache's (a folder given as --cache may hold them).
  await writeFile(path.join(cards, `${unused}.4242-1.tmp`), 'half');
  await writeFile(path.join(cards, `${orphan}.sha256`), 'abc');
  await writeFile(path.join(cards, 'notes.txt'), 'mine');
  await writeFile(path.join(cards, 'logo.png'), 'mine');
  const longAgo = new Date(Date.now() - CARD_CACHE_MAX_AGE_MS - 60_000);
  for (const name of [`${unused}.png`, `${unused}.sha256`, `${unused}.4242-1.tmp`, `${readAgain}.png`, `${readAgain}.sha256`, 'notes.txt', 'logo.png']) {
    await utimes(path.join(cards, name), longAgo, longAgo);
  }
  assert.deepEqual(await cache.read(readAgain), png);
  assert.equal(await cache.prune(), 1);
  assert.deepEqual((await readdir(cards)).sort(), [`${fresh}.png`, `${fresh}.sha256`, `${readAgain}.png`, `${readAgain}.sha256`, 'logo.png', 'notes.txt'].sort());
  assert.deepEqual(await cache.read(readAgain), png, 'its checksum went with its card, not by its own age');
  assert.equal(await new CardCache(undefined).prune(), 0, '--no-cache has nothing to prune');
});

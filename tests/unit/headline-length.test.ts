import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineWithin } from '../../src/transforms/headline.ts';
import { newsArticle } from '../../src/site/structured-data.ts';
import { parseStory } from '../../src/content/load.ts';
import { parseSiteConfig } from '../../src/content/site-config.ts';
import { makeStory } from '../helpers/stories.ts';

const LONG =
  'Senate negotiators reach a tentative deal on a stopgap spending bill that would keep the government open through February, aides say';
const site = { url: 'https://x.example', title: 'X', tagline: 'The news', language: 'en', publisher: { name: 'X' }, author: 'The desk' };

test('a headline within 110 characters goes into JSON-LD whole', () => {
  const exactly = `${'word '.repeat(21)}abcde`;
  assert.equal(exactly.length, 110);
  assert.equal(headlineWithin(exactly), exactly);
  assert.equal(newsArticle(makeStory({ title: 'Fed holds rates' }), site).headline, 'Fed holds rates');
});

test('a longer one is cut after a word, with an ellipsis, within 110 characters', () => {
  const cut = newsArticle(makeStory({ title: LONG }), site).headline;
  assert.equal(cut, 'Senate negotiators reach a tentative deal on a stopgap spending bill that would keep the government open…');
  assert.ok([...cut].length <= 110);
  assert.equal(headlineWithin('Talks stall, aides say', 13), 'Talks stall…', 'no comma before the ellipsis');
  assert.equal([...headlineWithin('x'.repeat(300))].length, 110);
  assert.equal([...headlineWithin('🇺🇸'.repeat(100), 11)].length, 11);
});

test('check warns about a headline over 110 characters, naming the file, the field and the cut', () => {
  const source = `---\ntitle: "${LONG}"\ndate: 2026-11-20\n---\nText.\n`;
  const file = { relativePath: 'stories/2026-11-20-deal.md', displayPath: 'content/stories/2026-11-20-deal.md' };
  const { story, problems } = parseStory(source, file, parseSiteConfig({ url: 'https://x.example' }));
  assert.equal(story?.title, LONG);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.severity, 'warning');
  assert.equal(problems[0]?.field, 'title');
  assert.equal(problems[0]?.file, 'content/stories/2026-11-20-deal.md');
  assert.match(problems[0]?.message ?? '', /is 132 characters long; .* carries "Senate negotiators .* open…"\. Shorten the headline/);
  assert.deepEqual(parseStory(source.replace(LONG, 'Short'), file, parseSiteConfig({ url: 'https://x.example' })).problems, []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseStory } from '../../src/content/load.ts';
import { parseSiteConfig } from '../../src/content/site-config.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { newsArticle } from '../../src/site/structured-data.ts';
import { storyEntry } from '../../src/feeds/entries.ts';

const config = parseSiteConfig({ url: 'https://x.example' });
const file = { relativePath: 'stories/2026-11-20-vote.md', displayPath: 'content/stories/2026-11-20-vote.md' };
const storyWith = (frontMatter: string) => parseStory(`---\ntitle: Senate vote\ndate: 2026-11-20T09:00\n${frontMatter}---\nText.\n`, file, config);

const TWO_CORRECTIONS = `corrections:
  - date: 2027-01-03
    text: A later fix.
  - {date: 2026-11-21T10:00, text: "An earlier version misstated the vote count: it was 52-48."}
`;

test('corrections are read oldest first, labelled as a newspaper prints them, and move the updated time', () => {
  const { story, problems } = storyWith(`updated: 2026-11-20T12:00\n${TWO_CORRECTIONS}`);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    story?.corrections.map((entry) => [entry.label, entry.date.iso, entry.text]),
    [
      ['Nov 21', '2026-11-21T10:00:00-05:00', 'An earlier version misstated the vote count: it was 52-48.'],
      ['Jan 3, 2027', '2027-01-03T00:00:00-05:00', 'A later fix.'],
    ],
  );
  assert.equal(story?.updated?.iso, '2027-01-03T00:00:00-05:00');
});

test('an editor’s later updated time stays when it is after every correction; no corrections, no change', () => {
  const later = storyWith('updated: 2026-11-25T12:00\ncorrections:\n  - {date: 2026-11-21, text: Fixed.}\n').story;
  assert.equal(later?.updated?.iso, '2026-11-25T12:00:00-05:00');
  const none = storyWith('').story;
  assert.deepEqual(none?.corrections, []);
  assert.equal(none?.updated, undefined);
});

test('each bad correction is reported with the file, the field and the fix', () => {
  const { story, problems } = storyWith('corrections:\n  - {date: 2026-11-31, text: Fixed.}\n  - {date: 2026-11-21}\n  - Fixed the count.\n');
  assert.equal(story, undefined);
  const messages = problems.map(formatProblem);
  assert.match(messages[0] ?? '', /content\/stories\/2026-11-20-vote\.md: field "corrections\.0\.date": found "2026-11-31"; expected an ISO date/);
  assert.match(messages[1] ?? '', /field "corrections\.1\.text": it is missing; expected what was wrong and what is right/);
  assert.match(messages[2] ?? '', /field "corrections\.2": found "Fixed the count\."; expected a correction with a date and a text/);
  assert.match(problems.map(formatProblem).join('\n'), /^error: /);
  assert.match(
    storyWith('corrections: Fixed.\n').problems.map(formatProblem).join('\n'),
    /field "corrections": found "Fixed\."; expected a list of corrections/,
  );
});

test('a correction dated before the story is an error', () => {
  const { problems } = storyWith('corrections:\n  - {date: 2026-11-19, text: Fixed.}\n');
  assert.deepEqual(problems.map(formatProblem), [
    'error: content/stories/2026-11-20-vote.md: field "corrections.0.date": found 2026-11-19, which is before the story\'s date 2026-11-20T09:00; expected the day the correction was made.',
  ]);
});

test('JSON-LD lists corrections as CorrectionComment, and feed items carry them under the text', () => {
  const { story } = storyWith(TWO_CORRECTIONS);
  const site = { url: 'https://x.example', title: 'X', tagline: 'News', language: 'en', publisher: { name: 'X' }, author: 'Desk' };
  assert.deepEqual(newsArticle(story!, site).correction, [
    { '@type': 'CorrectionComment', text: 'An earlier version misstated the vote count: it was 52-48.', datePublished: '2026-11-21T10:00:00-05:00' },
    { '@type': 'CorrectionComment', text: 'A later fix.', datePublished: '2027-01-03T00:00:00-05:00' },
  ]);
  assert.equal(newsArticle(storyWith('').story!, site).correction, undefined);
  const entry = storyEntry(story!, site);
  assert.equal(entry.updated.iso, '2027-01-03T00:00:00-05:00');
  assert.match(entry.contentHtml, /<p><strong>Correction, Nov 21:<\/strong> An earlier version misstated the vote count: it was 52-48\.<\/p>/);
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { summarizeParagraphs } from '../../src/transforms/summary/index.ts';
import { isJunkSentence, SENTENCE_JUNK_RULES } from '../../src/transforms/summary/sentence-junk-rules.ts';
import { paragraphSentences } from '../../src/transforms/summary/sentence-sieve.ts';
import { storySentences } from '../../src/transforms/summary/units.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/summaries/junk');

test('every junk rule has a fixture file, and every fixture file names a rule', () => {
  const files = readdirSync(FIXTURES).map((file) => file.replace(/\.txt$/, '')).sort();
  assert.deepEqual(files, SENTENCE_JUNK_RULES.map((rule) => rule.name).sort());
});

for (const rule of SENTENCE_JUNK_RULES) {
  test(`junk rule "${rule.name}" recognises its fixtures`, () => {
    const lines = readFileSync(join(FIXTURES, `${rule.name}.txt`), 'utf8').split('\n').filter((line) => /^(?:junk|keep): /.test(line));
    assert.ok(lines.some((line) => line.startsWith('junk: ')), 'the fixture has junk examples');
    for (const line of lines) {
      const sentence = line.slice('junk: '.length);
      if (line.startsWith('junk: ')) assert.ok(rule.matches(sentence), `${rule.name} should match: ${sentence}`);
      else assert.ok(!isJunkSentence(sentence), `no rule should match: ${sentence}`);
    }
  });
}

test('a video prompt running into the next sentence is cut out, and the sentence kept', () => {
  const paragraph = "Her family feared for her life. Scroll down for video . After treatment, Faith is now at a healthier weight. Scroll down for video Heartbroken mother speaks.";
  assert.deepEqual(paragraphSentences(paragraph), ['Her family feared for her life.', 'After treatment, Faith is now at a healthier weight.', 'Heartbroken mother speaks.']);
});

test('a caption glued to the next sentence is cut loose and dropped', () => {
  const paragraph = "Faith March's weight dropped to just five stone (left) but she has set up her own business (right) After treatment at the Priory Hospital, Faith is now at a healthier weight.";
  assert.deepEqual(storySentences([paragraph]), ['After treatment at the Priory Hospital, Faith is now at a healthier weight.']);
});

test('a picture position inside a sentence that goes on in lower case is no caption boundary', () => {
  const sentence = 'Susana Clar, with daughters Vanessa (left) and Virna (center), says the labels “Hispanic” and “Latino” are limiting.';
  assert.deepEqual(paragraphSentences(`${sentence} Even the terms used to name them package people too tightly.`), [sentence, 'Even the terms used to name them package people too tightly.']);
});

test('a sentence the page repeats is kept once', () => {
  const first = 'Video captures the moment bomb technicians in Texas detonated ten tons of illegal fireworks on Monday.';
  const again = 'Video captures the moment bomb technicians in Texas detonated ten tons of illegal fireworks on Monday afternoon.';
  const other = 'Most of the explosives were confiscated during last year\'s Fourth of July festivities.';
  assert.deepEqual(storySentences([`${first} ${other}`, again]), [first, other]);
});

test('no junk kind reaches a summary', () => {
  const paragraphs = [
    "What's happening in Scotland? Keep in touch through our live page.",
    'Copyright 2007 Reuters. All rights reserved.This material may not be published, broadcast, rewritten, or redistributed.',
    "CNN's Jane Doe contributed to this report.",
    'Media playback is not supported on this device',
    "Here is everything you need to know before Saturday's match, with team news and betting odds.",
    'The club confirmed on Friday that its manager had signed a new three-year contract worth £2m a year.',
    'Scroll down for video . Goldenboy: The manager celebrates with fans at the ground on Saturday . The contract keeps him at the club until the summer of 2019, chairman John Smith said.',
    'The contract keeps him at the club until the summer of 2019, chairman John Smith said.',
    'Note: this interactive content may not work on some older browsers.',
  ];
  assert.equal(
    summarizeParagraphs(paragraphs, { maxSentences: 3, maxWords: 100 }),
    'The club confirmed on Friday that its manager had signed a new three-year contract worth £2m a year. The contract keeps him at the club until the summer of 2019, chairman John Smith said.',
  );
});

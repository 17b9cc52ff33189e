import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readingStats, WORDS_PER_MINUTE } from '../../src/transforms/reading-time.ts';

const words = (count: number): string => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

test('counts words, not punctuation or dashes', () => {
  assert.equal(readingStats('The U.S. Senate — finally — voted 52-48.').words, 6);
  assert.equal(readingStats('   ').words, 0);
});

test('minutes are words at about 230 per minute, rounded, never below one', () => {
  assert.equal(WORDS_PER_MINUTE, 230);
  assert.deepEqual(readingStats(''), { words: 0, minutes: 1 });
  assert.deepEqual(readingStats(words(100)), { words: 100, minutes: 1 });
  assert.deepEqual(readingStats(words(460)), { words: 460, minutes: 2 });
  assert.deepEqual(readingStats(words(920)), { words: 920, minutes: 4 });
  assert.deepEqual(readingStats(words(1000)), { words: 1000, minutes: 4 });
});

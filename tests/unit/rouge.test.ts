import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lcsLength, rougeL, rougeN, rougeScores, rougeTokens } from '../../src/eval/rouge.ts';

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

test('tokens are lowercased alphanumeric runs', () => {
  assert.deepEqual(rougeTokens('The U.S. — it’s 3.5%!'), ['the', 'u', 's', 'it', 's', '3', '5']);
  assert.deepEqual(rougeTokens(''), []);
});

test('ROUGE-1 and ROUGE-2 match hand-computed overlaps', () => {
  // candidate: the cat sat on the mat / reference: the cat is on the mat
  const unigrams = rougeN('The cat sat on the mat.', 'the cat is on the mat', 1);
  close(unigrams.precision, 5 / 6);
  close(unigrams.recall, 5 / 6);
  close(unigrams.f1, 5 / 6);
  // bigrams shared: "the cat", "on the", "the mat" out of 5 on each side
  close(rougeN('The cat sat on the mat.', 'the cat is on the mat', 2).f1, 3 / 5);
});

test('ROUGE-N clips repeated candidate n-grams at their reference count', () => {
  const score = rougeN('the the the', 'the cat', 1);
  close(score.precision, 1 / 3);
  close(score.recall, 1 / 2);
  close(score.f1, 0.4);
});

test('ROUGE-L uses the longest common subsequence (Lin 2004 examples)', () => {
  const reference = 'police kill the gunman';
  close(rougeL('police killed the gunman', reference).f1, 3 / 4);
  close(rougeL('the gunman kill police', reference).f1, 2 / 4);
  assert.equal(lcsLength(['a', 'b', 'c', 'b', 'd', 'a', 'b'], ['b', 'd', 'c', 'a', 'b', 'a']), 4);
});

test('ROUGE-L precision and recall differ when lengths differ', () => {
  const score = rougeL('police kill', 'police kill the gunman');
  close(score.precision, 1);
  close(score.recall, 1 / 2);
  close(score.f1, 2 / 3);
});

test('empty or disjoint texts score zero, identical texts score one', () => {
  assert.deepEqual(rougeScores('', 'anything').rouge1, { precision: 0, recall: 0, f1: 0 });
  close(rougeScores('apples', 'oranges').rougeL.f1, 0);
  const same = rougeScores('The vote passed 7-2.', 'the vote passed 7 2');
  close(same.rouge1.f1, 1);
  close(same.rouge2.f1, 1);
  close(same.rougeL.f1, 1);
});

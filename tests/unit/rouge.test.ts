import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lcsIndices, lcsLength, rougeL, rougeLsum, rougeN, rougeScores, rougeTokens } from '../../src/eval/rouge.ts';

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

// google-research/rouge testdata (target.txt, prediction.txt, pyrouge_files/*_multi.0.txt) and the
// scores rouge_scorer_test.py expects for them, which ROUGE-1.5.5 produced.
const TARGETS = [
  "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L",
  "KsJdPByEtAor fE-Qg Dpdbring cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMtion psing sbKao Q m qiing LMmer HqqLFXe,XPY,J XsurkMer ,ed nB'wH'bWVHjWFEing tQ.saefZwJtKrTlixYpMMsJing UCAPwNHeYVjDing c T BUySKtion gMPfJpwGw p'NvxAoping eu pBwMBKV'I DNxqelhu,PHPxDEq,mtion SN",
];
const PREDICTIONS = [
  "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi",
  "n cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMer pstion sbKao Q m qier LMmed HqqLFXe,XPY,J XsurkMeo ,ed nB'wH'bWVHjWFEer tQ.saefZwJtKrTlixYpMMNJtion UCAPwNHeYVjD",
];
const TARGET_MULTI = `${TARGETS.join('\n')}
NhETebUbBk'er WOvoHMTjSRizKgH'vHiing Xu,hWxfs VkNE QhgKiLHE -HidivzoM.dO anhtion jbLQiSGDTCsuhREebUaKM dv J dVN tmbOT
vMR HDm,xOAetion D,tion HJtodT.mHl UIv-p VjWH'BdyWjnfGU-OjT aEMdFICyLWfQMtion wEMfdOKing AwkeKbO 'DxqNOHBH qKtVvm OYJl mM`;
const PREDICTION_MULTI = `${PREDICTIONS.join('\n')}
xfs VkJE QhgKiLHE -HidivzoM.dO anhing jbLQiSGDTCsuhREebUaKM dv J
VjWH'BdyWjnfGU-OjTNaEMdFICyLWfQMing wEMfdOKijg AwkeKbO 'DxqNO`;

const near = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 5e-6, `${actual} != ${expected}`);
const expectScore = (actual: { precision: number; recall: number; f1: number }, recall: number, precision: number, f1: number): void => {
  near(actual.recall, recall);
  near(actual.precision, precision);
  near(actual.f1, f1);
};

test('matches rouge-score and ROUGE-1.5.5 on the published test data, without stemming', () => {
  const plain = { stem: false };
  expectScore(rougeN(PREDICTIONS[0] ?? '', TARGETS[0] ?? '', 1, plain), 0.40741, 0.68750, 0.51163);
  expectScore(rougeN(PREDICTIONS[1] ?? '', TARGETS[1] ?? '', 1, plain), 0.40476, 0.65385, 0.50000);
  expectScore(rougeN(PREDICTIONS[0] ?? '', TARGETS[0] ?? '', 2, plain), 0.30769, 0.53333, 0.39024);
  expectScore(rougeN(PREDICTIONS[1] ?? '', TARGETS[1] ?? '', 2, plain), 0.29268, 0.48000, 0.36364);
  expectScore(rougeL(PREDICTIONS[0] ?? '', TARGETS[0] ?? '', plain), 0.40741, 0.68750, 0.51163);
  expectScore(rougeL(PREDICTIONS[1] ?? '', TARGETS[1] ?? '', plain), 0.40476, 0.65385, 0.50000);
});

test('matches rouge-score and ROUGE-1.5.5 on the published test data, with Porter stemming', () => {
  const stemmed = { stem: true };
  expectScore(rougeN(PREDICTIONS[0] ?? '', TARGETS[0] ?? '', 1, stemmed), 0.40741, 0.68750, 0.51163);
  expectScore(rougeN(PREDICTIONS[1] ?? '', TARGETS[1] ?? '', 1, stemmed), 0.42857, 0.69231, 0.52941);
  expectScore(rougeN(PREDICTIONS[1] ?? '', TARGETS[1] ?? '', 2, stemmed), 0.29268, 0.48000, 0.36364);
  expectScore(rougeLsum(PREDICTION_MULTI, TARGET_MULTI, stemmed), 0.36538, 0.66667, 0.47205);
});

test('ROUGE-Lsum takes the union LCS of each reference sentence (rouge-score unit cases)', () => {
  const score = rougeLsum('w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5', 'w1 w2 w3 w4 w5');
  close(score.recall, 0.8);
  close(score.precision, 0.4);
  near(score.f1, 0.8 * 0.4 * 2 / 1.2);
  assert.deepEqual(lcsIndices(['1', '2', '3', '4', '5'], ['2', '5', '3', '4']), [1, 2, 3]);
  assert.equal(rougeLsum('', 'w1 w2').f1, 0);
  assert.equal(rougeLsum('/', 'w1 w2').f1, 0);
  assert.equal(rougeLsum('w1', '').f1, 0);
});

test('stemming folds inflections as rouge-score does, and leaves short tokens alone', () => {
  assert.deepEqual(rougeTokens('Running runners ran; the skies are dying', { stem: true }), ['run', 'runner', 'ran', 'the', 'sky', 'are', 'die']);
  close(rougeScores('The troops were deployed', 'troop deploys').rouge1.recall, 1);
  close(rougeScores('The troops were deployed', 'troop deploys', { stem: false }).rouge1.recall, 0);
});

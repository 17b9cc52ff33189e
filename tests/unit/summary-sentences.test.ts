import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/transforms/summary/index.ts';

const cases: Array<[string, string[]]> = [
  ['The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
  ['Troops left the U.S. The war ended.', ['Troops left the U.S.', 'The war ended.']],
  ['Dr. Smith met Mr. Jones on St. Paul Street. They talked.', ['Dr. Smith met Mr. Jones on St. Paul Street.', 'They talked.']],
  ['The vote is set for Jan. 30 in the capital. Few expect change.', ['The vote is set for Jan. 30 in the capital.', 'Few expect change.']],
  ['Apple Inc. Chief Executive Tim Cook spoke. He smiled.', ['Apple Inc. Chief Executive Tim Cook spoke.', 'He smiled.']],
  ['It was sold to Acme Inc. The deal closed.', ['It was sold to Acme Inc.', 'The deal closed.']],
  ['He wore No. 5 for the team. Fans cheered.', ['He wore No. 5 for the team.', 'Fans cheered.']],
  ['Growth slowed to 3.5 percent. Prices rose 0.2%.', ['Growth slowed to 3.5 percent.', 'Prices rose 0.2%.']],
  ['J.R.R. Tolkien wrote it. George W. Bush read it.', ['J.R.R. Tolkien wrote it.', 'George W. Bush read it.']],
  ['“It is over,” he said. Then he left.', ['“It is over,” he said.', 'Then he left.']],
  ['“We are waiting for them,” Araghchi said. “We are confident.”', ['“We are waiting for them,” Araghchi said.', '“We are confident.”']],
  ['“Why now?” Smith asked. Nobody answered.', ['“Why now?” Smith asked.', 'Nobody answered.']],
  ['“Stop!” she shouted at them. The crowd froze.', ['“Stop!” she shouted at them.', 'The crowd froze.']],
  ['He called it “absurd.” The court disagreed.', ['He called it “absurd.”', 'The court disagreed.']],
  ['Is it over? Not yet! Officials say more is coming.', ['Is it over?', 'Not yet!', 'Officials say more is coming.']],
  ['He paused … and went on. The end came… Then silence.', ['He paused … and went on.', 'The end came…', 'Then silence.']],
  ['The meeting ran until 10 p.m. on Tuesday.', ['The meeting ran until 10 p.m. on Tuesday.']],
  ['No terminal punctuation here', ['No terminal punctuation here']],
];

for (const [input, expected] of cases) {
  test(`splitSentences: ${input}`, () => {
    assert.deepEqual(splitSentences(input), expected);
  });
}

test('splitSentences keeps every character of the text, in order', () => {
  const text = 'WASHINGTON officials met. “Fine,” she said. The U.S. Army left at 3.5 p.m. It rained.';
  assert.equal(splitSentences(text).join(' '), text);
});

test('countWords counts tokens with a letter or digit, in any script, and can stop at a limit', async () => {
  const { countWords } = await import('../../src/transforms/summary/words.ts');
  assert.equal(countWords('The mayor — and the council — agreed.'), 6);
  assert.equal(countWords('naïve café 日本語 ١٢٣ 𝒜𝒷𝒸 😀 — ½'), 6);
  assert.equal(countWords('no\u00a0break\u3000space\u2009thin'), 4);
  assert.equal(countWords(''), 0);
  assert.equal(countWords('one two three four five', 3), 3);
  assert.equal(countWords('one two', 3), 2);
});

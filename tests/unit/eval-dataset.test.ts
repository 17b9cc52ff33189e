import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EvalInputError, parseEvalJsonl } from '../../src/eval/dataset.ts';
import { evaluateSystems } from '../../src/eval/evaluate.ts';
import { formatReportJson, formatReportTable } from '../../src/eval/report.ts';
import { leadBaseline, summarizerSystem } from '../../src/eval/systems.ts';
import { parseEvalArgs } from '../../src/eval/run.ts';

const line = (id: string, text: string, reference: string): string => JSON.stringify({ id, text, reference });

test('parses JSON lines, skipping blank ones', () => {
  const content = `${line('a', 'Text one.', 'Ref one.')}\n\n${line('b', 'Text two.', 'Ref two.')}\n`;
  assert.deepEqual(parseEvalJsonl(content, 'set.jsonl').map((example) => example.id), ['a', 'b']);
});

test('malformed input names the file and line', () => {
  const good = line('a', 'Text.', 'Ref.');
  assert.throws(() => parseEvalJsonl(`${good}\n{not json`, 'set.jsonl'), (error: unknown) =>
    error instanceof EvalInputError && /^set\.jsonl:2: not valid JSON/.test(error.message));
  assert.throws(() => parseEvalJsonl(`${good}\n\n{"id":"b","text":"T."}`, 'set.jsonl'), /set\.jsonl:3: field "reference"/);
  assert.throws(() => parseEvalJsonl('[1,2]', 'set.jsonl'), /set\.jsonl:1: expected an object/);
  assert.throws(() => parseEvalJsonl('\n\n', 'empty.jsonl'), /empty\.jsonl: no examples/);
});

test('a repeated id is an error naming both lines', () => {
  const content = [line('a', 'Text one.', 'Ref one.'), line('b', 'Text two.', 'Ref two.'), line('a', 'Text three.', 'Ref.')].join('\n');
  assert.throws(() => parseEvalJsonl(content, 'set.jsonl'), (error: unknown) =>
    error instanceof EvalInputError && /^set\.jsonl:3: id "a" already used on line 1/.test(error.message));
});

test('standard lead baselines take the first sentences of the raw story, byline and dateline included', () => {
  const story = 'By Jane Doe\n\nWASHINGTON (AP) — The Senate voted on Friday. It passed 52-48.\n\nThe president will sign it.';
  assert.equal(leadBaseline(2)(story), 'By Jane Doe WASHINGTON (AP) — The Senate voted on Friday.');
  assert.equal(leadBaseline(2, 'raw')(story), leadBaseline(2)(story));
});

test('cleaned lead baselines take the first sentences of the story as the summarizer cleans it', () => {
  const story = 'By Jane Doe\n\nWASHINGTON (AP) — The Senate voted on Friday. It passed 52-48.\n\nThe president will sign it.';
  assert.equal(leadBaseline(2, 'cleaned')(story), 'The Senate voted on Friday. It passed 52-48.');
  assert.equal(leadBaseline(3, 'cleaned')(story), 'The Senate voted on Friday. It passed 52-48. The president will sign it.');
});

test('plain text without blank lines is one paragraph a line, so a notice is not glued to the next sentence', () => {
  const xsumLayout = 'Media playback is not supported on this device\nThe club confirmed the signing on Friday.\nHe joins on a two-year deal.';
  assert.equal(leadBaseline(1)(xsumLayout), 'Media playback is not supported on this device');
  assert.equal(leadBaseline(1, 'cleaned')(xsumLayout), 'The club confirmed the signing on Friday.');
  const markdown = 'The club confirmed the signing\non Friday.\n\nHe joins on a two-year deal.';
  assert.equal(leadBaseline(1)(markdown), 'The club confirmed the signing on Friday.');
});

test('evaluation averages F1 over stories and reports each system', () => {
  const examples = parseEvalJsonl(
    [line('a', 'The dam failed on Monday. Towns were flooded.', 'the dam failed on monday'), line('b', 'Stocks fell sharply. Oil rose.', 'oil rose')].join('\n'),
    'set.jsonl',
  );
  const report = evaluateSystems(examples, [['lead-1', leadBaseline(1)], ['summarizer', summarizerSystem({ maxSentences: 1 })]]);
  assert.equal(report.count, 2);
  const lead = report.results[0];
  // a: exact match (1.0); b: "stocks fell sharply" vs "oil rose" (0.0)
  assert.equal(lead?.rouge1, 0.5);
  assert.equal(lead?.rougeL, 0.5);
  assert.equal(lead?.averageWords, 4); // 5 and 3 words
  assert.equal(lead?.rougeLsum, 0.5);
  assert.equal(lead?.emptySummaries, 0);
  assert.match(formatReportTable(report), /lead-1\s+50\.00\s+50\.00\s+50\.00\s+50\.00\s+4\.0\s+0/);
  assert.match(formatReportTable(report), /averaged over 2 stories/);
  const json = JSON.parse(formatReportJson(report)) as { count: number; systems: Record<string, { rouge1: number }> };
  assert.equal(json.count, 2);
  assert.equal(json.systems['lead-1']?.rouge1, 0.5);
});

test('empty summaries are counted and scored zero', () => {
  const examples = parseEvalJsonl(line('a', 'The dam failed.', 'the dam failed'), 'set.jsonl');
  const report = evaluateSystems(examples, [['silent', () => ''], ['lead-1', leadBaseline(1)]]);
  assert.equal(report.results[0]?.emptySummaries, 1);
  assert.equal(report.results[0]?.rouge1, 0);
  const difference = report.comparisons[0]?.differences.rouge1;
  assert.deepEqual(difference, { mean: -1, low: -1, high: -1 });
});

test('command arguments: one file, optional --json, --cleaned-lead and length options', () => {
  assert.deepEqual(parseEvalArgs(['set.jsonl', '--json']), { file: 'set.jsonl', json: true, summary: { maxSentences: 2, maxWords: 60 }, lead: 'raw' });
  assert.equal(parseEvalArgs(['set.jsonl', '--cleaned-lead']).lead, 'cleaned');
  assert.deepEqual(parseEvalArgs(['set.jsonl', '--max-sentences', '1', '--max-words', '30']).summary, { maxSentences: 1, maxWords: 30 });
  assert.equal(parseEvalArgs(['set.jsonl', '--max-sentences', '3']).summary.maxWords, 100_000);
  assert.throws(() => parseEvalArgs(['set.jsonl', '--max-sentences', '0']), /--max-sentences needs a positive whole number/);
  assert.throws(() => parseEvalArgs([]), /expected exactly one JSONL file/);
  assert.throws(() => parseEvalArgs(['a.jsonl', '--csv']), /unknown option --csv/);
});

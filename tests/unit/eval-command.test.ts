import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDirSync } from '../helpers/temp-dir.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = tempDirSync('eval');

function evalCommand(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', 'eval:summaries', '--', ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tiny = join(work, 'tiny.jsonl');
writeFileSync(tiny, [
  JSON.stringify({ id: 'a', text: 'WASHINGTON (AP) — The Senate passed the bill on Friday. It now goes to the House.\n\nThe vote was 52-48.', reference: 'The Senate passed the bill, sending it to the House.' }),
  JSON.stringify({ id: 'b', text: 'A storm knocked out power to 40,000 homes. Crews worked overnight.', reference: 'A storm cut power to 40,000 homes.' }),
].join('\n'));

test('eval:summaries prints a table of the summarizer beside lead-1, lead-2 and lead-3, with intervals', () => {
  const { status, stdout, stderr } = evalCommand(tiny);
  assert.equal(status, 0, stderr);
  for (const system of ['summarizer', 'lead-1', 'lead-2', 'lead-3']) assert.match(stdout, new RegExp(`^${system}\\s+\\d+\\.\\d\\d`, 'm'));
  assert.match(stdout, /ROUGE-1\s+ROUGE-2\s+ROUGE-L\s+ROUGE-Lsum\s+avg words\s+empty/);
  for (const baseline of ['lead-1', 'lead-2', 'lead-3']) {
    assert.match(stdout, new RegExp(`^summarizer - ${baseline}\\s+[+-]\\d+\\.\\d\\d \\[[+-]\\d+\\.\\d\\d, [+-]\\d+\\.\\d\\d\\]`, 'm'));
  }
  assert.match(stdout, /averaged over 2 stories; summarizer at 2 sentences, about 60 words/);
  assert.match(stdout, /Lead-N: the first N sentences of the raw story/);
});

test('eval:summaries --cleaned-lead takes Lead-N from the cleaned story and says so', () => {
  const raw = evalCommand(tiny, '--json');
  const cleaned = evalCommand(tiny, '--json', '--cleaned-lead');
  assert.equal(cleaned.status, 0, cleaned.stderr);
  const lead1 = (output: string): number => (JSON.parse(output) as { systems: Record<string, { rouge1: number }> }).systems['lead-1']?.rouge1 ?? -1;
  // Story "a" opens with a dateline the cleaned text drops, so the two Lead-1 differ.
  assert.notEqual(lead1(raw.stdout), lead1(cleaned.stdout));
  assert.equal((JSON.parse(cleaned.stdout) as { lead: string }).lead, 'cleaned');
  assert.match(evalCommand(tiny, '--cleaned-lead').stdout, /Lead-N: the first N sentences after the summarizer's cleaning/);
});

test('eval:summaries --max-sentences alone compares sentence for sentence, without a word cap', () => {
  const { status, stdout, stderr } = evalCommand(tiny, '--max-sentences', '3');
  assert.equal(status, 0, stderr);
  assert.match(stdout, /summarizer at 3 sentences, no word cap/);
  const bad = evalCommand(tiny, '--max-words', 'lots');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--max-words needs a positive whole number, got "lots"/);
});

test('eval:summaries --json prints one JSON line of the figures', () => {
  const { status, stdout, stderr } = evalCommand(tiny, '--json');
  assert.equal(status, 0, stderr);
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const figures = JSON.parse(lines[0] ?? '') as { count: number; systems: Record<string, Record<string, number>> };
  assert.equal(figures.count, 2);
  assert.deepEqual(Object.keys(figures.systems), ['summarizer', 'lead-1', 'lead-2', 'lead-3']);
  for (const scores of Object.values(figures.systems)) {
    for (const key of ['rouge1', 'rouge2', 'rougeL', 'rougeLsum']) assert.ok((scores[key] ?? -1) > 0 && (scores[key] ?? 2) <= 1, key);
    assert.equal(scores.emptySummaries, 0);
  }
});

test('a malformed line fails with the file and line number', () => {
  const malformed = join(work, 'malformed.jsonl');
  writeFileSync(malformed, `${JSON.stringify({ id: 'a', text: 'A story.', reference: 'A ref.' })}\n{"id": "b", "text": oops}\n`);
  const { status, stdout, stderr } = evalCommand(malformed);
  assert.notEqual(status, 0);
  assert.equal(stdout, '');
  assert.match(stderr, new RegExp(`${malformed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not valid JSON`));
});

test('a missing file fails naming the file', () => {
  const missing = join(work, 'nope.jsonl');
  const { status, stderr } = evalCommand(missing);
  assert.notEqual(status, 0);
  assert.match(stderr, /nope\.jsonl: cannot read \(ENOENT\)/);
});

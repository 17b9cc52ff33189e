import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { indexedPages } from '../../scripts/bench/bare-site.ts';
import { assertIncremental, buildKindOf, publishNote, stepTimings } from '../../scripts/bench/build-log.ts';
import { inSequence, type Measurement } from '../../scripts/bench/measure.ts';
import { formatReport, memoryTable, timesTable } from '../../scripts/bench/report.ts';
import type { SizeResult } from '../../scripts/bench/results.ts';
import { targetRows } from '../../scripts/bench/targets.ts';

const run = (wallSeconds: number, peakRssMiB = 500, stdout = ''): Measurement => ({
  wallSeconds,
  peakRssMiB,
  nodePeakRssMiB: peakRssMiB - 100,
  cpuSeconds: wallSeconds,
  stdout,
});

const detail = { rendered: 12, note: 'Published 30 changed files, removed 2.', steps: { content: 0.5, eleventy: 1.25 } };

function size(stories: number, figures: Partial<{ cold: number; peak: number; publish: number; bare: number; pagefind: number }> = {}): SizeResult {
  const bare = run(figures.bare ?? 10, 300);
  const pagefind = run(figures.pagefind ?? 5, 200);
  const publish = figures.publish ?? 2;
  return {
    stories,
    runs: 1,
    cold: run(figures.cold ?? 18, figures.peak ?? 1000),
    coldSteps: { content: 3, 'search index': 6, eleventy: 8 },
    publishes: { addOne: run(publish, 400), correctOne: run(publish + 1, 450), correctNewest: run(publish - 0.5, 420) },
    publishDetails: { addOne: detail, correctOne: detail, correctNewest: detail },
    bare,
    pagefind,
    barePagefind: inSequence(bare, pagefind),
    baselineFailure: undefined,
  };
}

const cellsOf = (table: string, stories: number): string[] =>
  table.split('\n').find((line) => line.startsWith(`| ${stories} |`))?.split('|').slice(1, -1).map((cell) => cell.trim()) ?? [];

describe('bench report: the times table', () => {
  test('shows each publish, the peak, both baselines, both ratios and ms per story', () => {
    const cells = cellsOf(timesTable([size(4000, { cold: 18, bare: 10, pagefind: 5, publish: 2 })]), 4000);
    assert.deepEqual(cells, ['4000', '18.0 s', '2.0 s', '3.0 s', '1.5 s', '1000 MiB', '10.0 s', '15.0 s', '1.80', '1.20', '4.50']);
  });

  test('a baseline that failed at a size shows as failed, with its error under the table', () => {
    const failed: SizeResult = { ...size(100000), bare: undefined, pagefind: undefined, barePagefind: undefined, baselineFailure: 'bare Eleventy failed: exited with 134:\nFATAL ERROR: heap out of memory' };
    const cells = cellsOf(timesTable([failed]), 100000);
    assert.deepEqual(cells.slice(6, 10), ['failed', 'failed', 'failed', 'failed']);
    assert.deepEqual(cellsOf(memoryTable([failed]), 100000).slice(4), ['failed', 'failed']);
    assert.match(formatReport({ machine: 'm', sizes: [failed], devEdit: undefined }), /Baseline failed at 100000 stories: bare Eleventy failed: exited with 134:\nFATAL ERROR: heap out of memory/);
  });

  test('has a header cell for every column', () => {
    const [header, rule] = timesTable([size(1000)]).split('\n');
    assert.equal(header?.split('|').length, rule?.split('|').length);
    assert.equal(header?.split('|').length, cellsOf(timesTable([size(1000)]), 1000).length + 2);
  });

  test('the memory table gives the cold tree, node alone, the largest publish and each baseline', () => {
    assert.deepEqual(cellsOf(memoryTable([size(4000, { peak: 1234 })]), 4000), ['4000', '1234 MiB', '1134 MiB', '450 MiB', '300 MiB', '200 MiB']);
  });

  test('the whole report holds the tables, the targets, the steps of each build and the machine', () => {
    const text = formatReport({ machine: 'test machine', sizes: [size(1000), size(4000)], devEdit: undefined });
    assert.match(text, /\| stories \| cold build \|/);
    assert.match(text, /Peak memory:/);
    assert.match(text, /\| target \(issue 11\) \|/);
    assert.match(text, /- 4000 stories, cold: content 3\.0 s, search index 6\.0 s, eleventy 8\.0 s/);
    assert.match(text, /publish after adding one: 12 archive pages rendered again; Published 30 changed files, removed 2; content 0\.5 s, eleventy 1\.3 s/);
    assert.match(text, /Machine: test machine$/);
    assert.doesNotMatch(text, /Each build ran/);
    assert.match(formatReport({ machine: 'm', sizes: [{ ...size(1000), runs: 3 }], devEdit: undefined }), /Each build ran 3 times, interleaved/);
  });
});

describe('bench report: the targets of issue 11', () => {
  const row = (rows: ReturnType<typeof targetRows>, target: RegExp, stories?: string) =>
    rows.find((candidate) => target.test(candidate.target) && (stories === undefined || candidate.stories === stories));

  test('publishing under 5 s, at 4,000, 30,000 and 100,000 stories, by the slowest of the three publishes', () => {
    const rows = targetRows([size(4000, { publish: 3.9 }), size(30000, { publish: 4.1 })]);
    assert.equal(row(rows, /^publish/, '4,000')?.met, true);
    assert.equal(row(rows, /^publish/, '4,000')?.result, 'slowest 4.9 s (3.9 / 4.9 / 3.4 s)');
    assert.equal(row(rows, /^publish/, '30,000')?.met, false, 'correcting one took 5.1 s');
    assert.equal(rows.filter((candidate) => /^publish/.test(candidate.target)).length, 2);
  });

  test('a cold build of 100,000 stories peaking under 4 GB (10^9 bytes), the whole tree', () => {
    assert.equal(row(targetRows([size(100000, { peak: 3814 })]), /peaks under 4 GB/)?.met, true);
    assert.equal(row(targetRows([size(100000, { peak: 3815 })]), /peaks under 4 GB/)?.met, false);
  });

  test('the cold build within 1.2x bare Eleventy + Pagefind at 4,000 and 30,000', () => {
    const rows = targetRows([size(4000, { cold: 18, bare: 10, pagefind: 5 }), size(30000, { cold: 19, bare: 10, pagefind: 5 })]);
    assert.deepEqual(
      rows.filter((candidate) => /1\.2×/.test(candidate.target)).map(({ stories, result, met }) => [stories, result, met]),
      [['4,000', '1.20', true], ['30,000', '1.27', false]],
    );
  });

  test('time per story not growing with N, from the smallest size to the largest', () => {
    assert.equal(row(targetRows([size(1000, { cold: 10 }), size(4000, { cold: 44 })]), /per story/)?.met, true);
    assert.equal(row(targetRows([size(1000, { cold: 10 }), size(4000, { cold: 45 })]), /per story/)?.met, false);
  });

  test('the ratio target is not measured when the baseline failed', () => {
    const failed: SizeResult = { ...size(4000), bare: undefined, pagefind: undefined, barePagefind: undefined, baselineFailure: 'out of memory' };
    const ratioRow = targetRows([failed]).find((candidate) => /1\.2×/.test(candidate.target));
    assert.deepEqual([ratioRow?.result, ratioRow?.met], ['bare Eleventy + Pagefind failed', undefined]);
  });

  test('a target at sizes the run did not build says so, and which sizes to run', () => {
    const rows = targetRows([size(300)]);
    assert.equal(rows.length, 4);
    for (const target of rows) assert.equal(target.met, undefined, target.target);
    assert.match(row(rows, /^publish/)?.result ?? '', /--sizes 4000,30000,100000/);
  });
});

describe('bench: what the build logs say', () => {
  const cold = 'Timings: {"content":1.5,"eleventy":2}\nBuilt 300 stories in 12 issues into dist/ in 5.1s (every page rendered).\n';
  const incremental = 'Published 39 changed files, removed 17.\nBuilt 301 stories in 12 issues into dist/ in 3.4s (9 archive pages rendered again).\n';

  test('tells a cold build from an incremental one, and how many pages it rendered', () => {
    assert.deepEqual(buildKindOf(cold), { kind: 'cold' });
    assert.deepEqual(buildKindOf(incremental), { kind: 'incremental', rendered: 9 });
    assert.equal(buildKindOf('Built nothing'), undefined);
    assert.equal(assertIncremental(incremental, 'add one'), 9);
  });

  test('fails loudly when a publish meant to be incremental rendered every page, or did not say', () => {
    assert.throws(() => assertIncremental(cold, '300 stories: publish after adding one'), /300 stories: publish after adding one: expected an incremental build, but it rendered every page[\s\S]*every page rendered/);
    assert.throws(() => assertIncremental('', 'add one'), /its log does not say how it built/);
  });

  test('reads the step timings, the publish note, and the pages Pagefind indexed', () => {
    assert.deepEqual(stepTimings(cold), { content: 1.5, eleventy: 2 });
    assert.deepEqual(stepTimings(''), {});
    assert.equal(publishNote(incremental), 'Published 39 changed files, removed 17.');
    assert.equal(publishNote(cold), undefined);
    assert.equal(indexedPages('Running Pagefind v1.6.0\nIndexed 300 pages\nIndexed 1 language'), 300);
    assert.throws(() => indexedPages('Error: no pages'), /did not say what it indexed/);
  });

  test('bare Eleventy then Pagefind is one job: times add up, the peak is the larger one', () => {
    const both = inSequence(run(10, 300), run(5, 200));
    assert.equal(both.wallSeconds, 15);
    assert.equal(both.cpuSeconds, 15);
    assert.equal(both.peakRssMiB, 300);
  });
});

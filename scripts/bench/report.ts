import type { Measurement } from './measure.ts';
import { PUBLISH_KINDS, PUBLISH_LABELS, type BenchReport, type SizeResult } from './results.ts';
import { targetRows, type TargetRow } from './targets.ts';

/** A baseline that failed at a size has no figures: its cells say so. */
const MISSING = 'failed';
const seconds = (measurement: Measurement | undefined): string => (measurement === undefined ? MISSING : `${measurement.wallSeconds.toFixed(1)} s`);
const mib = (value: number | undefined): string => (value === undefined ? MISSING : `${Math.round(value)} MiB`);
const ratio = (cold: Measurement, baseline: Measurement | undefined): string => (baseline === undefined ? MISSING : (cold.wallSeconds / baseline.wallSeconds).toFixed(2));
const row = (cells: ReadonlyArray<string | number>): string => `| ${cells.join(' | ')} |`;
const numericHeader = (columns: number): string => row(Array.from({ length: columns }, () => '---:'));

/** Times per size: the table README's Performance section shows. */
export function timesTable(sizes: readonly SizeResult[]): string {
  const header = [
    'stories', 'cold build', 'add one, publish', 'correct one, publish', "correct one of today's, publish", 'peak memory (tree, cold)',
    'bare Eleventy', 'bare Eleventy + Pagefind', 'cold / bare Eleventy', 'cold / (bare Eleventy + Pagefind)', 'ms per story (cold)',
  ];
  return [
    row(header),
    numericHeader(header.length),
    ...sizes.map((size) =>
      row([
        size.stories,
        seconds(size.cold),
        ...PUBLISH_KINDS.map((kind) => seconds(size.publishes[kind])),
        mib(size.cold.peakRssMiB),
        seconds(size.bare),
        seconds(size.barePagefind),
        ratio(size.cold, size.bare),
        ratio(size.cold, size.barePagefind),
        ((size.cold.wallSeconds * 1000) / size.stories).toFixed(2),
      ]),
    ),
  ].join('\n');
}

/** Peak memory of every kind of build, per size. */
export function memoryTable(sizes: readonly SizeResult[]): string {
  const header = ['stories', 'Daybook cold (tree)', 'of which node', 'Daybook publishes (tree)', 'bare Eleventy (tree)', 'Pagefind on bare (tree)'];
  return [
    row(header),
    numericHeader(header.length),
    ...sizes.map((size) =>
      row([
        size.stories,
        mib(size.cold.peakRssMiB),
        mib(size.cold.nodePeakRssMiB),
        mib(Math.max(...PUBLISH_KINDS.map((kind) => size.publishes[kind].peakRssMiB))),
        mib(size.bare?.peakRssMiB),
        mib(size.pagefind?.peakRssMiB),
      ]),
    ),
  ].join('\n');
}

export function targetsTable(rows: readonly TargetRow[]): string {
  const verdict = (met: boolean | undefined): string => (met === undefined ? 'not measured' : met ? 'met' : '**not met**');
  return [
    row(['target (issue 11)', 'stories', 'result', '']),
    row(['---', '---:', '---', '---']),
    ...rows.map((target) => row([target.target, target.stories, target.result, verdict(target.met)])),
  ].join('\n');
}

const stepList = (steps: Record<string, number>): string =>
  Object.entries(steps).map(([name, value]) => `${name} ${value.toFixed(1)} s`).join(', ');

/** Per size, the steps of the cold build and what each publish rendered and published. */
export function stepLines(sizes: readonly SizeResult[]): string {
  return sizes
    .map((size) => {
      const publishes = PUBLISH_KINDS.map((kind) => {
        const detail = size.publishDetails[kind];
        const published = detail.note === undefined ? '' : ` ${detail.note.replace(/\.$/, '')};`;
        return `  - ${PUBLISH_LABELS[kind]}: ${detail.rendered} archive pages rendered again;${published} ${stepList(detail.steps)}`;
      });
      return [`- ${size.stories} stories, cold: ${stepList(size.coldSteps)}`, ...publishes].join('\n');
    })
    .join('\n');
}

const LEGEND =
  '"cold build": `npm run build` with an empty build cache and a fresh output folder, as on a fresh CI machine. ' +
  '"add one, publish": the next `npm run build` (same cache, same output) after a new story was added to the newest day; ' +
  '"correct one": after the headline and text of a story from the middle of the archive were corrected; ' +
  '"correct one of today\'s": the same for a story of the newest day. Each publish must be incremental, or the bench fails. ' +
  '"bare Eleventy + Pagefind": the bare Eleventy build, then Pagefind\'s command line over its output, wall times added. ' +
  'Wall times, from spawning the build to its exit: a publish is the whole `npm run build`, as a newsroom runs it; the cold build and the ' +
  'baselines start as `node` directly, so their ratios compare the builds alone. Peak memory: the largest sum of resident memory over the whole process tree ' +
  '(Pagefind indexes in child processes); "of which node": the build process alone (GNU time).';

/** Everything a run prints at the end, in Markdown, ready for README's Performance section. */
export function formatReport(report: BenchReport): string {
  const runs = Math.max(...report.sizes.map((size) => size.runs));
  const repeated =
    runs > 1
      ? ` Each build ran ${runs} times, interleaved (each publish with a different edit): times are the median run's, peak memory the highest of the runs.`
      : '';
  const dev = report.devEdit
    ? `\n\nDev server, ${report.devEdit.stories} stories: first build ${report.devEdit.firstBuildSeconds.toFixed(1)} s; ` +
      `one story edited → rebuild written in ${report.devEdit.rebuildSeconds.toFixed(2)} s, new text served in ${report.devEdit.reloadSeconds.toFixed(2)} s ` +
      `(${report.devEdit.rebuildLog}).`
    : '';
  const failures = report.sizes
    .filter((size) => size.baselineFailure !== undefined)
    .map((size) => `\n\nBaseline failed at ${size.stories} stories: ${size.baselineFailure?.split('\n').slice(0, 6).join('\n')}`)
    .join('');
  return [
    timesTable(report.sizes),
    `${LEGEND}${repeated}${failures}`,
    `Peak memory:\n\n${memoryTable(report.sizes)}`,
    `Against the targets:\n\n${targetsTable(targetRows(report.sizes))}`,
    `Where Daybook's time goes:\n${stepLines(report.sizes)}${dev}`,
    `Machine: ${report.machine}`,
  ].join('\n\n');
}

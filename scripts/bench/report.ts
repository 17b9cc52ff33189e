import type { EditTiming } from './dev-server.ts';
import type { Measurement } from './measure.ts';
import { stepsAfterPages, stepsBeforePages } from '../../src/site/build-steps.ts';

export interface SizeResult {
  stories: number;
  /** How many times each build ran; the figures are the median run's (peak memory: the highest). */
  runs: number;
  /** A cold build: empty build cache. */
  project: Measurement;
  /** The same archive rebuilt after one story was edited, with the cache the cold build left. */
  warm: Measurement;
  bare: Measurement;
  /** Per-step seconds the project builds reported (content, eleventy, search index, email editions). */
  steps: Record<string, number>;
  warmSteps: Record<string, number>;
}

export interface BenchReport {
  machine: string;
  sizes: SizeResult[];
  devEdit: (EditTiming & { stories: number }) | undefined;
}

/** What the build would take without the work bare Eleventy does not do: the search index and email editions. */
export function pagesSeconds(result: { wallSeconds: number }, steps: Record<string, number>): number {
  return result.wallSeconds - ['search index', ...[...stepsBeforePages, ...stepsAfterPages].map((step) => step.name)].reduce((total, name) => total + (steps[name] ?? 0), 0);
}

const perStoryMs = (seconds: number, stories: number): string => ((seconds * 1000) / stories).toFixed(2);

/** The Markdown table printed at the end of a run and pasted into README's Performance section. */
export function formatTable(report: BenchReport): string {
  const lines = [
    '| stories | Daybook build (cold) | of which pages | rebuild after one edit | Daybook peak RSS (tree) | of which node | bare Eleventy | bare peak RSS | ratio (cold) | ratio (pages) | ratio (rebuild) | Daybook ms/story | bare ms/story |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.sizes.map((result) => {
      const pages = pagesSeconds(result.project, result.steps);
      const bare = result.bare.wallSeconds;
      const peak = Math.max(result.project.peakRssMiB, result.warm.peakRssMiB);
      const nodePeak = Math.max(result.project.nodePeakRssMiB, result.warm.nodePeakRssMiB);
      return [
        result.stories,
        `${result.project.wallSeconds.toFixed(1)} s`,
        `${pages.toFixed(1)} s`,
        `${result.warm.wallSeconds.toFixed(1)} s`,
        `${Math.round(peak)} MiB`,
        `${Math.round(nodePeak)} MiB`,
        `${bare.toFixed(1)} s`,
        `${Math.round(result.bare.peakRssMiB)} MiB`,
        (result.project.wallSeconds / bare).toFixed(2),
        (pages / bare).toFixed(2),
        (result.warm.wallSeconds / bare).toFixed(2),
        perStoryMs(result.project.wallSeconds, result.stories),
        perStoryMs(bare, result.stories),
      ].join(' | ').replace(/^/, '| ').concat(' |');
    }),
  ];
  const stepList = (steps: Record<string, number>): string => Object.entries(steps).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ');
  const steps = report.sizes
    .map((result) => `- ${result.stories} stories: cold ${stepList(result.steps)}; rebuild ${stepList(result.warmSteps)}`)
    .join('\n');
  const dev = report.devEdit
    ? `\nDev server, ${report.devEdit.stories} stories: first build ${report.devEdit.firstBuildSeconds.toFixed(1)} s; ` +
      `one story edited → rebuild written in ${report.devEdit.rebuildSeconds.toFixed(2)} s, new text served in ${report.devEdit.reloadSeconds.toFixed(2)} s ` +
      `(${report.devEdit.rebuildLog}).`
    : '';
  const legend =
    '"cold": an empty build cache, as on a fresh CI machine. "rebuild after one edit": the next build after one story was corrected, ' +
    'with the cache the cold build left (.cache/daybook: parsed stories and search-index parts). "of which pages": the cold build less the work bare ' +
    'Eleventy does not do (search index, email editions). Wall times. Peak RSS: the larger of the two builds, as the largest sum over ' +
    'the whole process tree (Pagefind indexes in child processes, before Eleventy renders); "of which node": the build process alone (GNU time).';
  const runs = Math.max(...report.sizes.map((result) => result.runs));
  const repeated = runs > 1 ? ` Each build ran ${runs} times, interleaved: times are the median run's, peak memory the highest of the runs.` : '';
  return `${lines.join('\n')}\n\n${legend}${repeated}\n\nWhere Daybook's time goes:\n${steps}\n${dev}\n\nMachine: ${report.machine}`;
}

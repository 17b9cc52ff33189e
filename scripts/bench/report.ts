import type { EditTiming } from './dev-server.ts';
import type { Measurement } from './measure.ts';

export interface SizeResult {
  stories: number;
  project: Measurement;
  bare: Measurement;
  /** Per-step seconds the project build reported (content, eleventy, each post-build step). */
  steps: Record<string, number>;
}

export interface BenchReport {
  machine: string;
  sizes: SizeResult[];
  devEdit: (EditTiming & { stories: number }) | undefined;
}

const ratio = (result: SizeResult): number => result.project.wallSeconds / result.bare.wallSeconds;

/** Seconds of the steps that run after the pages are written (search index, email editions): work bare Eleventy does not do. */
export function postBuildSeconds(result: SizeResult): number {
  return Object.entries(result.steps)
    .filter(([name]) => name !== 'content' && name !== 'eleventy')
    .reduce((total, [, seconds]) => total + seconds, 0);
}

/** The same pages bare Eleventy writes, and more: the whole build less the post-build steps. */
const pagesSeconds = (result: SizeResult): number => result.project.wallSeconds - postBuildSeconds(result);
const perStoryMs = (seconds: number, stories: number): string => ((seconds * 1000) / stories).toFixed(2);

/** The Markdown table printed at the end of a run and pasted into README's Performance section. */
export function formatTable(report: BenchReport): string {
  const lines = [
    '| stories | Daybook build | of which pages | Daybook peak RSS (tree) | of which node | bare Eleventy | bare peak RSS | ratio (build) | ratio (pages) | Daybook ms/story | bare ms/story |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.sizes.map((result) =>
      [
        result.stories,
        `${result.project.wallSeconds.toFixed(1)} s`,
        `${pagesSeconds(result).toFixed(1)} s`,
        `${Math.round(result.project.peakRssMiB)} MiB`,
        `${Math.round(result.project.nodePeakRssMiB)} MiB`,
        `${result.bare.wallSeconds.toFixed(1)} s`,
        `${Math.round(result.bare.peakRssMiB)} MiB`,
        ratio(result).toFixed(2),
        (pagesSeconds(result) / result.bare.wallSeconds).toFixed(2),
        perStoryMs(result.project.wallSeconds, result.stories),
        perStoryMs(result.bare.wallSeconds, result.stories),
      ].join(' | ').replace(/^/, '| ').concat(' |'),
    ),
  ];
  const steps = report.sizes
    .map((result) => `- ${result.stories} stories: ${Object.entries(result.steps).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ')}`)
    .join('\n');
  const dev = report.devEdit
    ? `\nDev server, ${report.devEdit.stories} stories: first build ${report.devEdit.firstBuildSeconds.toFixed(1)} s; ` +
      `one story edited → rebuild written in ${report.devEdit.rebuildSeconds.toFixed(2)} s, new text served in ${report.devEdit.reloadSeconds.toFixed(2)} s ` +
      `(${report.devEdit.rebuildLog}).`
    : '';
  const legend =
    '"of which pages": the build less its post-build steps (search index, email editions), i.e. the work bare Eleventy also does. ' +
    'Wall times. Peak RSS: the largest sum over the whole process tree (Pagefind indexes in a child process); "of which node": the build process alone (GNU time).';
  return `${lines.join('\n')}\n\n${legend}\n\nWhere Daybook's time goes:\n${steps}\n${dev}\n\nMachine: ${report.machine}`;
}

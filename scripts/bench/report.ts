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
const perStoryMs = (seconds: number, stories: number): string => ((seconds * 1000) / stories).toFixed(2);

/** The Markdown table printed at the end of a run and pasted into README's Performance section. */
export function formatTable(report: BenchReport): string {
  const lines = [
    '| stories | Daybook wall | Daybook peak RSS | bare Eleventy wall | bare peak RSS | ratio (wall) | Daybook ms/story | bare ms/story |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.sizes.map((result) =>
      [
        result.stories,
        `${result.project.wallSeconds.toFixed(1)} s`,
        `${Math.round(result.project.peakRssMiB)} MiB`,
        `${result.bare.wallSeconds.toFixed(1)} s`,
        `${Math.round(result.bare.peakRssMiB)} MiB`,
        ratio(result).toFixed(2),
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
  return `${lines.join('\n')}\n\nWhere Daybook's time goes:\n${steps}\n${dev}\n\nMachine: ${report.machine}`;
}

import type { DifferenceInterval } from './bootstrap.ts';
import type { EvalReport } from './evaluate.ts';

const percent = (value: number): string => (value * 100).toFixed(2);
const signed = (value: number): string => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(2)}`;
const interval = ({ mean, low, high }: DifferenceInterval): string => `${signed(mean)} [${signed(low)}, ${signed(high)}]`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}

export function formatReportTable(report: EvalReport, lengthNote = '', leadNote = ''): string {
  const scores = table(
    ['system', 'ROUGE-1', 'ROUGE-2', 'ROUGE-L', 'ROUGE-Lsum', 'avg words', 'empty'],
    report.results.map((result) => [
      result.system, percent(result.rouge1), percent(result.rouge2), percent(result.rougeL), percent(result.rougeLsum),
      result.averageWords.toFixed(1), String(result.emptySummaries),
    ]),
  );
  const differences = table(
    ['difference', 'ROUGE-1', 'ROUGE-2', 'ROUGE-Lsum'],
    report.comparisons.map((comparison) => [
      `${comparison.system} - ${comparison.baseline}`,
      interval(comparison.differences.rouge1), interval(comparison.differences.rouge2), interval(comparison.differences.rougeLsum),
    ]),
  );
  const stories = `${report.count} ${report.count === 1 ? 'story' : 'stories'}`;
  return [
    ...scores,
    '',
    ...differences,
    '',
    `F1 x 100 (rouge-score with Porter stemming; ROUGE-L over the whole text, ROUGE-Lsum sentence by sentence), averaged over ${stories}${lengthNote}.`,
    ...(leadNote ? [`${leadNote}.`] : []),
    'Differences: mean per-story difference with its 95% paired bootstrap interval; "empty": stories given no summary (scored 0).',
  ].join('\n');
}

/** One JSON line; figures are F1 in [0, 1]. */
export function formatReportJson(report: EvalReport, settings: Record<string, string> = {}): string {
  const systems = Object.fromEntries(report.results.map(({ system, ...figures }) => [system, figures]));
  const differences = Object.fromEntries(report.comparisons.map((comparison) => [comparison.baseline, comparison.differences]));
  return JSON.stringify({ count: report.count, ...settings, systems, differences });
}

import type { EvalReport } from './evaluate.ts';

const percent = (value: number): string => (value * 100).toFixed(2);

export function formatReportTable(report: EvalReport): string {
  const header = ['system', 'ROUGE-1', 'ROUGE-2', 'ROUGE-L', 'avg words'];
  const rows = report.results.map((result) => [
    result.system, percent(result.rouge1), percent(result.rouge2), percent(result.rougeL), result.averageWords.toFixed(1),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
    '',
    `F1 x 100, averaged over ${report.count} ${report.count === 1 ? 'story' : 'stories'}`,
  ].join('\n');
}

/** One JSON line; figures are F1 in [0, 1]. */
export function formatReportJson(report: EvalReport): string {
  const systems = Object.fromEntries(
    report.results.map((result) => [
      result.system,
      { rouge1: result.rouge1, rouge2: result.rouge2, rougeL: result.rougeL, averageWords: result.averageWords },
    ]),
  );
  return JSON.stringify({ count: report.count, systems });
}

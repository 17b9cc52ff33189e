import { parseEvalJsonl, EvalInputError } from './dataset.ts';
import { evaluateSystems, type EvalReport } from './evaluate.ts';
import { formatReportJson, formatReportTable } from './report.ts';
import { leadBaseline, summarizerSystem, type SummarySystem } from './systems.ts';

export interface EvalCommand {
  file: string;
  json: boolean;
}

export const EVAL_USAGE = 'usage: npm run eval:summaries -- FILE.jsonl [--json]';

export function parseEvalArgs(args: readonly string[]): EvalCommand {
  const files = args.filter((arg) => !arg.startsWith('--'));
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json');
  if (unknown.length > 0) throw new EvalInputError(`unknown option ${unknown.join(', ')}\n${EVAL_USAGE}`);
  const [file, ...extra] = files;
  if (!file || extra.length > 0) throw new EvalInputError(`expected exactly one JSONL file\n${EVAL_USAGE}`);
  return { file, json: args.includes('--json') };
}

export const EVALUATED_SYSTEMS: ReadonlyArray<readonly [string, SummarySystem]> = [
  ['summarizer', summarizerSystem()],
  ['lead-2', leadBaseline(2)],
  ['lead-3', leadBaseline(3)],
];

/** Everything the command does apart from touching the file system and the console. */
export function runEvaluation(content: string, command: EvalCommand): { report: EvalReport; output: string } {
  const report = evaluateSystems(parseEvalJsonl(content, command.file), EVALUATED_SYSTEMS);
  return { report, output: command.json ? formatReportJson(report) : formatReportTable(report) };
}

import { parseEvalJsonl, EvalInputError } from './dataset.ts';
import { evaluateSystems, type EvalReport } from './evaluate.ts';
import { formatReportJson, formatReportTable } from './report.ts';
import { leadBaseline, summarizerSystem, type LeadText, type SummarySystem } from './systems.ts';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from '../transforms/summary/index.ts';

export interface EvalCommand {
  file: string;
  json: boolean;
  /** The summarizer's budget: the product's defaults unless the command sets one. */
  summary: SummaryOptions;
  /** The text Lead-N baselines read: the raw story (standard) unless --cleaned-lead is given. */
  lead: LeadText;
}

export const EVAL_USAGE = 'usage: npm run eval:summaries -- FILE.jsonl [--max-sentences N] [--max-words N] [--cleaned-lead] [--json]';

/** With --max-sentences alone, summaries are compared sentence for sentence with Lead-N, so words are not capped. */
const UNCAPPED_WORDS = 100_000;

function positiveInteger(option: string, value: string | undefined): number {
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number) || number < 1) {
    throw new EvalInputError(`${option} needs a positive whole number, got ${value === undefined ? 'nothing' : `"${value}"`}\n${EVAL_USAGE}`);
  }
  return number;
}

export function parseEvalArgs(args: readonly string[]): EvalCommand {
  const files: string[] = [];
  let json = false;
  let lead: LeadText = 'raw';
  let maxSentences: number | undefined;
  let maxWords: number | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--cleaned-lead') lead = 'cleaned';
    else if (arg === '--max-sentences') maxSentences = positiveInteger(arg, args[(index += 1)]);
    else if (arg === '--max-words') maxWords = positiveInteger(arg, args[(index += 1)]);
    else if (arg.startsWith('--')) throw new EvalInputError(`unknown option ${arg}\n${EVAL_USAGE}`);
    else files.push(arg);
  }
  const [file, ...extra] = files;
  if (!file || extra.length > 0) throw new EvalInputError(`expected exactly one JSONL file\n${EVAL_USAGE}`);
  const summary = {
    maxSentences: maxSentences ?? DEFAULT_SUMMARY_OPTIONS.maxSentences,
    maxWords: maxWords ?? (maxSentences === undefined ? DEFAULT_SUMMARY_OPTIONS.maxWords : UNCAPPED_WORDS),
  };
  return { file, json, summary, lead };
}

export function evaluatedSystems(summary: SummaryOptions, lead: LeadText = 'raw'): ReadonlyArray<readonly [string, SummarySystem]> {
  return [
    ['summarizer', summarizerSystem(summary)],
    ['lead-1', leadBaseline(1, lead)],
    ['lead-2', leadBaseline(2, lead)],
    ['lead-3', leadBaseline(3, lead)],
  ];
}

const LEAD_NOTES: Record<LeadText, string> = {
  raw: 'Lead-N: the first N sentences of the raw story, as published baselines take them',
  cleaned: 'Lead-N: the first N sentences after the summarizer\'s cleaning (--cleaned-lead)',
};

function lengthNote({ maxSentences, maxWords }: SummaryOptions): string {
  const words = maxWords >= UNCAPPED_WORDS ? 'no word cap' : `about ${maxWords} words`;
  return `; summarizer at ${maxSentences} ${maxSentences === 1 ? 'sentence' : 'sentences'}, ${words}`;
}

/** Everything the command does apart from touching the file system and the console. */
export function runEvaluation(content: string, command: EvalCommand): { report: EvalReport; output: string } {
  const report = evaluateSystems(parseEvalJsonl(content, command.file), evaluatedSystems(command.summary, command.lead));
  const output = command.json
    ? formatReportJson(report, { lead: command.lead })
    : formatReportTable(report, lengthNote(command.summary), LEAD_NOTES[command.lead]);
  return { report, output };
}

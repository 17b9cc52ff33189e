import { readFileSync } from 'node:fs';
import { EvalInputError } from '../src/eval/dataset.ts';
import { parseEvalArgs, runEvaluation } from '../src/eval/run.ts';

function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new EvalInputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

try {
  const command = parseEvalArgs(process.argv.slice(2));
  process.stdout.write(`${runEvaluation(readInput(command.file), command).output}\n`);
} catch (error) {
  if (!(error instanceof EvalInputError)) throw error;
  process.stderr.write(`eval:summaries: ${error.message}\n`);
  process.exitCode = 1;
}

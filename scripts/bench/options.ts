import { totalmem } from 'node:os';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  json: boolean;
  /** Skip the dev-server edit timing (it needs the 4,000-story corpus built once more). */
  dev: boolean;
  /** Corpus size the dev-server edit is timed at. */
  devSize: number;
  seed: number;
  /** Rounds per size; the median run of each kind by wall time is reported. */
  runs: number;
  /** Any build whose process tree passes this is stopped (measure.ts); half the machine's memory unless given. */
  memoryLimitMiB: number;
}

export const BENCH_USAGE = `Usage: npm run bench -- [options]
  --sizes 1000,4000   archive sizes to build (the full run: --sizes 4000,30000,100000)
  --runs 1            rounds per size; the median run of each kind is reported
  --json              print the results as JSON (progress goes to stderr)
  --no-dev            skip the dev-server edit timing
  --dev-size 4000     archive size of the dev-server edit timing
  --seed 20261124     corpus seed: the same seed builds the same files
  --memory-limit MiB  stop any build whose process tree passes this (default: half the machine's memory)`;

/** A command line the bench cannot run: exit code 2, with the usage. */
export class BenchUsageError extends Error {}

const wholeNumber = (flag: string, value: string, least: number): number => {
  const number = Number(value.trim());
  if (!Number.isInteger(number) || number < least) throw new BenchUsageError(`${flag} "${value}": expected a whole number, ${least} or more`);
  return number;
};

/** npm run bench -- [--sizes 1000,4000] [--runs 1] [--json] [--no-dev] [--dev-size 4000] [--seed N] [--memory-limit MiB] */
export function benchOptions(argv: string[], machineMemoryMiB = totalmem() / 2 ** 20): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        sizes: { type: 'string', default: '1000,4000' },
        json: { type: 'boolean', default: false },
        'no-dev': { type: 'boolean', default: false },
        'dev-size': { type: 'string', default: '4000' },
        seed: { type: 'string', default: '20261124' },
        runs: { type: 'string', default: '1' },
        'memory-limit': { type: 'string', default: String(Math.floor(machineMemoryMiB / 2)) },
      },
      strict: true,
    }));
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new BenchUsageError(`--sizes "${values.sizes}": expected whole numbers like 4000,30000,100000`);
  return {
    sizes,
    json: values.json,
    dev: !values['no-dev'],
    devSize: wholeNumber('--dev-size', values['dev-size'], 1),
    seed: wholeNumber('--seed', values.seed, 0),
    runs: wholeNumber('--runs', values.runs, 1),
    memoryLimitMiB: wholeNumber('--memory-limit', values['memory-limit'], 1),
  };
}

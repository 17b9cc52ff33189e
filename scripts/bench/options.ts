import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  json: boolean;
  /** Skip the dev-server edit timing (it needs a second build of the 4,000-story corpus). */
  dev: boolean;
  /** Corpus size the dev-server edit is timed at. */
  devSize: number;
  seed: number;
  /** Builds of each kind per size; the median run by wall time is reported. */
  runs: number;
}

/** npm run bench -- [--sizes 1000,4000,10000] [--runs 1] [--json] [--no-dev] [--dev-size 4000] [--seed N] */
export function benchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,4000,10000' },
      json: { type: 'boolean', default: false },
      'no-dev': { type: 'boolean', default: false },
      'dev-size': { type: 'string', default: '4000' },
      seed: { type: 'string', default: '20261124' },
      runs: { type: 'string', default: '1' },
    },
    strict: true,
  });
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes "${values.sizes}": expected whole numbers like 1000,4000`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs "${values.runs}": expected a whole number, 1 or more`);
  return { sizes, json: values.json, dev: !values['no-dev'], devSize: Number(values['dev-size']), seed: Number(values.seed), runs };
}

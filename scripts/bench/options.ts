import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  json: boolean;
  /** Skip the dev-server edit timing (it needs a second build of the 4,000-story corpus). */
  dev: boolean;
  /** Corpus size the dev-server edit is timed at. */
  devSize: number;
  seed: number;
}

/** npm run bench -- [--sizes 1000,4000,10000] [--json] [--no-dev] [--dev-size 4000] [--seed N] */
export function benchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,4000,10000' },
      json: { type: 'boolean', default: false },
      'no-dev': { type: 'boolean', default: false },
      'dev-size': { type: 'string', default: '4000' },
      seed: { type: 'string', default: '20261124' },
    },
    strict: true,
  });
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes "${values.sizes}": expected whole numbers like 1000,4000`);
  return { sizes, json: values.json, dev: !values['no-dev'], devSize: Number(values['dev-size']), seed: Number(values.seed) };
}

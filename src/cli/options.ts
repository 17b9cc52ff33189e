import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildOptionsFromEnv, type BuildOptions } from '../site/build-options.ts';

export interface CliOptions extends BuildOptions {
  outDir: string;
  /** Where work is kept between builds (the search index's parts); undefined with --no-cache. */
  cacheDir: string | undefined;
}

/** The build cache's home, beside node_modules as Eleventy's own .cache is. */
export const DEFAULT_CACHE_DIR = '.cache/daybook';

/**
 * Flags win over the environment; both are written back to the environment because
 * Eleventy loads .eleventy.ts itself and reads the options from there.
 */
export function cliOptions(argv: string[], defaults: { mode: 'production' | 'development'; outDir: string }): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      now: { type: 'string' },
      drafts: { type: 'boolean' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
    },
    strict: true,
  });
  if (values.content) process.env.DAYBOOK_CONTENT = values.content;
  if (values.now) process.env.DAYBOOK_NOW = values.now;
  if (values.drafts) process.env.DAYBOOK_MODE = 'development';
  process.env.DAYBOOK_MODE ||= defaults.mode;
  const cacheDir = values['no-cache'] ? undefined : path.resolve(values.cache ?? process.env.DAYBOOK_CACHE ?? DEFAULT_CACHE_DIR);
  return { ...buildOptionsFromEnv(), outDir: path.resolve(values.out ?? defaults.outDir), cacheDir };
}

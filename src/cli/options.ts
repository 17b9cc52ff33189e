import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildOptionsFromEnv, type BuildOptions } from '../site/build-options.ts';

export interface CliOptions extends BuildOptions {
  outDir: string;
}

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
    },
    strict: true,
  });
  if (values.content) process.env.DAYBOOK_CONTENT = values.content;
  if (values.now) process.env.DAYBOOK_NOW = values.now;
  if (values.drafts) process.env.DAYBOOK_MODE = 'development';
  process.env.DAYBOOK_MODE ||= defaults.mode;
  return { ...buildOptionsFromEnv(), outDir: path.resolve(values.out ?? defaults.outDir) };
}

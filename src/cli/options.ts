import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildOptionsFromEnv, type BuildOptions } from '../site/build-options.ts';

export interface CliOptions extends BuildOptions {
  outDir: string;
  /** Where work is kept between builds; undefined with --no-cache. */
  cacheDir: string | undefined;
  /** The dev server's port (npm start). */
  port: number;
}

/** The build cache's home, beside node_modules as Eleventy's own .cache is. */
export const DEFAULT_CACHE_DIR = '.cache/daybook';

/** Flags win over the environment (DAYBOOK_CONTENT, DAYBOOK_NOW, DAYBOOK_MODE, DAYBOOK_CACHE, PORT). */
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
      port: { type: 'string' },
    },
    strict: true,
  });
  const env = { ...process.env };
  if (values.content) env.DAYBOOK_CONTENT = values.content;
  if (values.now) env.DAYBOOK_NOW = values.now;
  if (values.drafts) env.DAYBOOK_MODE = 'development';
  env.DAYBOOK_MODE ||= defaults.mode;
  const cacheDir = values['no-cache'] ? undefined : path.resolve(values.cache ?? process.env.DAYBOOK_CACHE ?? DEFAULT_CACHE_DIR);
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  return { ...buildOptionsFromEnv(env), outDir: path.resolve(values.out ?? defaults.outDir), cacheDir, port };
}

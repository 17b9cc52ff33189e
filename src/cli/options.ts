import { statSync } from 'node:fs';
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

/** A command line Daybook cannot run: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The flags `build`, `check` and `start` share, for the usage text. */
export const USAGE = `Options:
  --content DIR   the content folder (default: content)
  --out DIR       where the site is written (build; default: dist)
  --now ISO       build as if it were this moment, e.g. 2026-11-24T20:00:00-05:00
  --drafts        include drafts and scheduled stories (never publish this)
  --cache DIR     the build cache (default: ${DEFAULT_CACHE_DIR})
  --no-cache      neither read nor write the build cache
  --port N        the preview's port (start; default: 8080)
  --help          print this text`;

/** An ISO 8601 date or date-time, the forms --now and DAYBOOK_NOW take. */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Flags win over the environment (DAYBOOK_CONTENT, DAYBOOK_NOW, DAYBOOK_MODE, DAYBOOK_CACHE,
 * PORT). Throws UsageError for an unknown flag, a --now that is not an ISO date-time, a port
 * that is not one, or a content folder that does not exist.
 */
export function cliOptions(argv: string[], defaults: { mode: 'production' | 'development'; outDir: string }): CliOptions {
  const values = parsedFlags(argv);
  if (values.now !== undefined && !isIsoMoment(values.now)) {
    throw new UsageError(`--now is "${values.now}"; expected an ISO date or date-time such as 2026-11-24T20:00:00-05:00.`);
  }
  const env = { ...process.env };
  if (values.content) env.DAYBOOK_CONTENT = values.content;
  if (values.now) env.DAYBOOK_NOW = values.now;
  if (values.drafts) env.DAYBOOK_MODE = 'development';
  env.DAYBOOK_MODE ||= defaults.mode;
  const cacheDir = values['no-cache'] ? undefined : path.resolve(values.cache ?? process.env.DAYBOOK_CACHE ?? DEFAULT_CACHE_DIR);
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port is "${values.port ?? process.env.PORT}"; expected a port number such as 8080.`);
  let options: BuildOptions;
  try {
    options = buildOptionsFromEnv(env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!isFolder(options.contentDir)) {
    throw new UsageError(`the content folder ${path.relative(process.cwd(), options.contentDir) || options.contentDir} does not exist; give the folder that holds site.yml and stories/ with --content.`);
  }
  return { ...options, outDir: path.resolve(values.out ?? defaults.outDir), cacheDir, port };
}

/**
 * cliOptions for a command's entry point: a usage error prints the message and the usage
 * and exits with code 2 (no stack trace); --help prints the usage and exits with 0.
 */
export function cliOptionsOrExit(argv: string[], defaults: { mode: 'production' | 'development'; outDir: string }, command: string): CliOptions {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(`Usage: npm run ${command} -- [options]\n${USAGE}`);
    process.exit(0);
  }
  try {
    return cliOptions(argv, defaults);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`error: ${error.message}\nUsage: npm run ${command} -- [options]\n${USAGE}`);
    process.exit(2);
  }
}

function parsedFlags(argv: string[]) {
  try {
    return parseArgs({
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
    }).values;
  } catch (error) {
    // Node's own message names the flag ("Unknown option '--nwo'"); its code says it is about the arguments.
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
    throw error;
  }
}

function isIsoMoment(value: string): boolean {
  return ISO_MOMENT.test(value) && !Number.isNaN(Date.parse(value));
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

import path from 'node:path';
import type { PublishingMode } from '../transforms/publishing.ts';

/** What one build reads and how it publishes. */
export interface BuildOptions {
  contentDir: string;
  mode: PublishingMode;
  now: number;
  /** The build cache (see src/cli/options.ts); undefined: keep nothing between builds. */
  cacheDir?: string | undefined;
}

/**
 * Settings a deployment may give through the environment: DAYBOOK_CONTENT (folder),
 * DAYBOOK_MODE (production|development), DAYBOOK_NOW (ISO instant that counts as now, for
 * scheduled publishing in tests and previews). Command-line flags override them (src/cli/options.ts).
 */
export function buildOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const mode = env.DAYBOOK_MODE || 'production';
  if (mode !== 'production' && mode !== 'development') {
    throw new Error(`DAYBOOK_MODE is "${mode}"; expected production or development.`);
  }
  const now = env.DAYBOOK_NOW ? Date.parse(env.DAYBOOK_NOW) : Date.now();
  if (Number.isNaN(now)) throw new Error(`DAYBOOK_NOW is "${env.DAYBOOK_NOW}"; expected an ISO date-time.`);
  return { contentDir: path.resolve(env.DAYBOOK_CONTENT || 'content'), mode, now };
}

import path from 'node:path';
import { buildSite as buildSiteHere, type SiteBuildResult } from '../../src/site/build-site.ts';
import { FIXTURE_NOW, TEST_CACHE_DIR, tempDir } from './build.ts';

/**
 * Builds a content folder into a fresh output folder as `npm run build -- --content DIR --now NOW`
 * (with `--drafts`, `--no-cache`) does, but in this process: it pays no CLI start-up, and the
 * modules stay loaded for the next build. For tests that read the built site; the CLI's own exit
 * codes and messages are covered by the tests that spawn it. Bad content throws the error the CLI
 * would print.
 */
export async function buildSiteInProcess(
  contentDir: string,
  options: { now?: string; drafts?: boolean; noCache?: boolean } = {},
): Promise<{ outDir: string; result: SiteBuildResult }> {
  const outDir = path.join(await tempDir('out'), 'dist');
  const result = await buildSiteHere({
    contentDir: path.resolve(contentDir),
    outDir,
    // As the CLI maps its flags (src/cli/options.ts), with the test cache the CLI gets from testEnv().
    mode: options.drafts ? 'development' : 'production',
    now: Date.parse(options.now ?? FIXTURE_NOW),
    cacheDir: options.noCache ? undefined : TEST_CACHE_DIR,
  });
  return { outDir, result };
}

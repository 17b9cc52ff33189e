import path from 'node:path';
import { repoRoot } from '../../helpers/build.ts';
import { sharedBuild } from '../../helpers/shared-build.ts';

/** After the sample content's newest story, so every sample story is published. */
export const SAMPLE_NOW = '2026-11-25T06:00:00-05:00';

/** content/ (the 20-story sample site), built once per test run (shared-build.ts): read it, never write into it. */
export async function buildSampleSite(): Promise<string> {
  const { outDir, result } = await sharedBuild(path.join(repoRoot, 'content'), { now: SAMPLE_NOW });
  if (result.code !== 0) throw new Error(`The sample site did not build:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

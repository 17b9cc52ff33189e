import path from 'node:path';
import { buildSite, repoRoot } from '../../helpers/build.ts';

/** After the sample content's newest story, so every sample story is published. */
export const SAMPLE_NOW = '2026-11-25T06:00:00-05:00';

/** Builds content/ (the 20-story sample site) into a fresh temporary folder. */
export async function buildSampleSite(): Promise<string> {
  const { outDir, result } = await buildSite(path.join(repoRoot, 'content'), { now: SAMPLE_NOW });
  if (result.code !== 0) throw new Error(`The sample site did not build:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { parseStory } from './load.ts';
import type { NormalizeResult } from './normalize.ts';
import type { SiteConfig } from './site-config.ts';

/** Input of a story-loading worker: the files it parses, each with the display path messages use. */
export interface StoryBatch {
  contentDir: string;
  config: SiteConfig;
  files: { relativePath: string; displayPath: string }[];
}

/** Parses one batch of stories on another core (see parallel-load.ts). */
async function parseBatch(batch: StoryBatch): Promise<NormalizeResult[]> {
  const results: NormalizeResult[] = [];
  for (const file of batch.files) {
    results.push(parseStory(await readFile(path.join(batch.contentDir, file.relativePath), 'utf8'), file, batch.config));
  }
  return results;
}

if (parentPort && workerData) {
  parentPort.postMessage(await parseBatch(workerData as StoryBatch));
}

import { parentPort, workerData } from 'node:worker_threads';
import { ChunkQueue } from './chunk-queue.ts';
import { parseStoryFiles } from './load.ts';
import type { ParsedStoryFile } from './normalize.ts';
import type { SiteConfig } from './site-config.ts';

/** The files to parse, each with the display path messages use. */
export interface StoryBatch {
  contentDir: string;
  config: SiteConfig;
  files: { relativePath: string; displayPath: string }[];
}

/** A worker's input: the whole batch, and the shared queue it claims chunks of it from. */
export interface WorkerInput extends StoryBatch {
  queue: SharedArrayBuffer;
  chunkSize: number;
}

/** One chunk's results, posted as soon as it is parsed; `start` is the index of its first file. */
export interface ParsedChunk {
  start: number;
  results: ParsedStoryFile[];
}

/** Parses chunks of the batch on another core until none is left (see parallel-load.ts). */
if (parentPort && workerData) {
  const input = workerData as WorkerInput;
  const queue = new ChunkQueue(input.files.length, input.chunkSize, input.queue);
  for (let start = queue.claim(); start !== undefined; start = queue.claim()) {
    const results = parseStoryFiles(input.contentDir, input.files.slice(start, start + input.chunkSize), input.config);
    parentPort.postMessage({ start, results } satisfies ParsedChunk);
  }
}

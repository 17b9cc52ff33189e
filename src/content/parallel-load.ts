import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StoryBatch } from './load-worker.ts';
import type { NormalizeResult } from './normalize.ts';

/**
 * Below this many stories to parse, starting a worker (it loads its own copy of the parsers,
 * about half a second) costs more than it saves.
 */
export const PARALLEL_THRESHOLD = 600;

/**
 * Parsing, rendering and summarizing stories is pure CPU work per file: on a cold build of a
 * large archive, a worker thread takes a share of the files on another core while this
 * thread parses the rest. Results come back in the order of `batch.files`.
 */
export async function parseInParallel(
  batch: StoryBatch,
  parseHere: (files: StoryBatch['files']) => Promise<NormalizeResult[]>,
): Promise<NormalizeResult[]> {
  const workers = Math.min(availableParallelism(), 4) - 1;
  if (batch.files.length < PARALLEL_THRESHOLD || workers < 1) return parseHere(batch.files);
  // The worker starts slower than this thread, so it takes a little less than an even share.
  const share = Math.floor((batch.files.length * 0.45 * workers) / (workers + 1) / workers);
  const chunks = Array.from({ length: workers }, (_, index) => batch.files.slice(index * share, (index + 1) * share));
  const local = batch.files.slice(workers * share);
  const remote = chunks.map((files) => runWorker({ ...batch, files }));
  const [here, ...there] = await Promise.all([parseHere(local), ...remote]);
  return [...there.flat(), ...(here ?? [])];
}

/** Workers do not inherit tsx's loader hooks, so the worker registers them before loading its TypeScript. */
const WORKER_BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./load-worker.ts', import.meta.url).href)}); });`;

function runWorker(batch: StoryBatch): Promise<NormalizeResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: batch });
    worker.once('message', (results: NormalizeResult[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the story-loading worker stopped with exit code ${code}`));
    });
  });
}

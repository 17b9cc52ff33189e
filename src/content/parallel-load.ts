import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { ChunkQueue } from './chunk-queue.ts';
import { workerBootstrap } from '../util/compiled.ts';
import type { ParsedChunk, StoryBatch, WorkerInput } from './load-worker.ts';
import type { ParsedStoryFile } from './normalize.ts';

/**
 * Below this many stories to parse, this thread is done before a worker (which must first
 * load its own copy of the parsers) could take any.
 */
export const PARALLEL_THRESHOLD = 600;

/** Files a thread claims at a time: few, so threads finish within one small chunk of each other; not one, so claims stay rare. */
const CHUNK_SIZE = 16;

/** One worker per other core: parsing is pure CPU work, and more threads than cores only take turns. */
export function defaultWorkerCount(): number {
  return Math.min(availableParallelism(), 4) - 1;
}

/**
 * Parsing, rendering and summarizing stories is pure CPU work per file: on a cold build of a
 * large archive, worker threads parse stories on the other cores alongside this thread. All
 * threads claim chunks of files from one shared queue, so the split follows how fast each
 * thread really is (a worker starts late, a core may be busy with something else) and they
 * finish together. Results come back in the order of `batch.files`.
 */
export async function parseInParallel(
  batch: StoryBatch,
  parseHere: (files: StoryBatch['files']) => ParsedStoryFile[],
  workerCount = defaultWorkerCount(),
): Promise<ParsedStoryFile[]> {
  if (batch.files.length < PARALLEL_THRESHOLD || workerCount < 1) return parseHere(batch.files);
  const queue = new ChunkQueue(batch.files.length, CHUNK_SIZE);
  const results = new ResultSlots(batch.files.length);
  const input: WorkerInput = { ...batch, queue: queue.buffer, chunkSize: CHUNK_SIZE };
  const workers = Array.from({ length: workerCount }, () => startWorker(input, results));
  try {
    for (let start = queue.claim(); start !== undefined; start = queue.claim()) {
      results.store(start, parseHere(batch.files.slice(start, start + CHUNK_SIZE)));
      // Lets the workers' finished chunks in between ours, so few are left to take in at the end.
      await nextTurn();
    }
    return await results.complete;
  } finally {
    // A worker still starting up when the queue ran dry has nothing to do.
    for (const worker of workers) void worker.terminate();
  }
}

/** The results in file order, filled chunk by chunk from any thread. */
class ResultSlots {
  private readonly slots: Array<ParsedStoryFile | undefined>;
  private stored = 0;
  private settle!: { resolve: (results: ParsedStoryFile[]) => void; reject: (error: unknown) => void };
  readonly complete: Promise<ParsedStoryFile[]>;

  constructor(total: number) {
    this.slots = new Array<ParsedStoryFile | undefined>(total);
    this.complete = new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    // A worker can fail while this thread is still parsing; the failure is awaited with the results.
    this.complete.catch(() => undefined);
  }

  store(start: number, results: ParsedStoryFile[]): void {
    results.forEach((result, offset) => {
      this.slots[start + offset] = result;
    });
    this.stored += results.length;
    if (this.stored === this.slots.length) this.settle.resolve(this.slots as ParsedStoryFile[]);
  }

  fail(error: unknown): void {
    this.settle.reject(error);
  }
}

const WORKER_BOOTSTRAP = workerBootstrap('load-worker', new URL('./load-worker.ts', import.meta.url));

function startWorker(input: WorkerInput, results: ResultSlots): Worker {
  const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: input });
  worker.on('message', (chunk: ParsedChunk) => results.store(chunk.start, chunk.results));
  worker.once('error', (error) => results.fail(error));
  worker.once('exit', (code) => {
    // Exit code 1 is also how terminate() ends a worker that had nothing left to do; by then the results are complete.
    if (code !== 0) results.fail(new Error(`the story-loading worker stopped with exit code ${code}`));
  });
  return worker;
}

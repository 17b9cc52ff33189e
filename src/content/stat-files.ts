import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileStatOf, type FileStat } from './file-stat.ts';

/** From this many files on, they are stat'ed on another thread; fewer take this one a few milliseconds. */
export const STAT_ON_WORKER_FROM = 5_000;

/**
 * Four numbers a file, in FileStat's order (size, mtimeMs, ctimeMs, ino); NaN for a file the
 * worker could not stat. The story-listing worker (list-worker.ts) answers in the same layout.
 */
export const STAT_FIELDS = 4;

/**
 * Stats every story file of an archive. A build stats every file to find the few that changed,
 * 0.4 s at 100,000 stories: from STAT_ON_WORKER_FROM files on, a worker does it while this thread
 * reads the build cache's entries (story-cache.ts), the other long step before anything can be
 * planned. (A folder large enough is listed and stat'ed by one worker instead: listed-files.ts.)
 * The worker is plain JavaScript, so it starts at once, without the TypeScript loader.
 */
export async function statFiles(paths: readonly string[]): Promise<FileStat[]> {
  if (paths.length < STAT_ON_WORKER_FROM) return paths.map((file) => fileStatOf(statSync(file)));
  return statsFromWorker(await statOnWorker(paths), paths);
}

/**
 * A worker's stats of `paths`, four numbers a file as FileStat lists them (NaN for a file it
 * could not stat), as FileStats; a file the worker could not stat is stat'ed again here, to
 * throw the error this thread would have.
 */
export function statsFromWorker(numbers: Float64Array, paths: readonly string[]): FileStat[] {
  return paths.map((file, index) => {
    const at = index * STAT_FIELDS;
    const size = numbers[at]!;
    if (Number.isNaN(size)) return fileStatOf(statSync(file));
    return { size, mtimeMs: numbers[at + 1]!, ctimeMs: numbers[at + 2]!, ino: numbers[at + 3]! };
  });
}

const WORKER_SOURCE = `
const { statSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const numbers = new Float64Array(workerData.length * ${STAT_FIELDS});
workerData.forEach((file, index) => {
  const at = index * ${STAT_FIELDS};
  let stat;
  try { stat = statSync(file); } catch { numbers[at] = NaN; return; }
  numbers[at] = stat.size; numbers[at + 1] = stat.mtimeMs; numbers[at + 2] = stat.ctimeMs; numbers[at + 3] = stat.ino;
});
parentPort.postMessage(numbers, [numbers.buffer]);
`;

function statOnWorker(paths: readonly string[]): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: paths });
    worker.once('message', (numbers: Float64Array) => resolve(numbers));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the file-stat worker stopped with exit code ${code} before it answered`)));
  });
}

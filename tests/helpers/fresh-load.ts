import { Worker } from 'node:worker_threads';
import type { BuildOptions } from '../../src/site/build-options.ts';

export interface LoadedStoryTitle {
  file: string;
  title: string;
}

/**
 * Loads the content as a new build process would, in a worker thread, whose modules start
 * with nothing in memory (src/content/load.ts keeps parsed stories in memory for the dev
 * server, which would hide the build cache from a second load in this process), without the
 * start-up, render and indexing of a whole CLI build.
 */
/** Workers do not inherit tsx's loader hooks (as in src/content/parallel-load.ts): the worker registers them first. */
const WORKER_BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./fresh-load-worker.ts', import.meta.url).href)}); });`;

export function loadInFreshThread(options: BuildOptions): Promise<LoadedStoryTitle[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: options });
    let titles: LoadedStoryTitle[] | undefined;
    worker.once('message', (message: LoadedStoryTitle[]) => (titles = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (titles ? resolve(titles) : reject(new Error(`the loading worker exited with code ${code} and no result`))));
  });
}

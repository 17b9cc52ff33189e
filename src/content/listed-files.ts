import { statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerBootstrap } from '../util/compiled.ts';
import type { FileStat } from './file-stat.ts';
import { statFiles, statsFromWorker } from './stat-files.ts';
import type { ListedOnWorker } from './list-worker.ts';
import { listStoryFiles, pathsUnder, STORIES_FOLDER } from './story-files.ts';

/** The story files of a content folder (listStoryFiles), each with its absolute path and stat. */
export interface ListedStoryFiles {
  files: string[];
  absolutePaths: string[];
  stats: FileStat[];
}

/**
 * A stories folder whose directory file is at least this large holds thousands of entries
 * (ext4 gives each about 90 bytes, tmpfs 20): it is listed and stat'ed on a worker. The size
 * says how large the folder is before it is read; it only chooses the thread, never the result.
 */
export const LIST_ON_WORKER_FROM_BYTES = 512 * 1024;

/**
 * Lists and stats every story file. A large archive's build does both on a worker while this
 * thread reads the build cache's entries (story-cache.ts): at 100,000 stories the listing alone
 * was 0.2 s of this thread's time, and the stat'ing 0.2 s more on the stat worker.
 */
export async function listAndStatStoryFiles(contentDir: string, options: { onWorker?: boolean } = {}): Promise<ListedStoryFiles> {
  const pathIn = pathsUnder(contentDir);
  const onWorker = options.onWorker ?? (statSync(path.join(contentDir, STORIES_FOLDER), { throwIfNoEntry: false })?.size ?? 0) >= LIST_ON_WORKER_FROM_BYTES;
  if (onWorker) {
    const listed = await listOnWorker(contentDir);
    const absolutePaths = listed.files.map((relativePath) => pathIn.file(relativePath));
    return { files: listed.files, absolutePaths, stats: statsFromWorker(listed.numbers, absolutePaths) };
  }
  const files = await listStoryFiles(contentDir);
  const absolutePaths = files.map((relativePath) => pathIn.file(relativePath));
  return { files, absolutePaths, stats: await statFiles(absolutePaths) };
}

const WORKER_BOOTSTRAP = workerBootstrap('list-worker', new URL('./list-worker.ts', import.meta.url));

function listOnWorker(contentDir: string): Promise<ListedOnWorker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: contentDir });
    worker.once('message', (listed: ListedOnWorker) => resolve(listed));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the story-listing worker stopped with exit code ${code} before it answered`)));
  });
}

import { statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { compiledModule } from '../util/compiled.ts';
import { fileStatOf, type FileStat } from './file-stat.ts';
import { statFiles } from './stat-files.ts';
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
    return { files: listed.files, absolutePaths, stats: statsOf(listed.numbers, absolutePaths) };
  }
  const files = await listStoryFiles(contentDir);
  const absolutePaths = files.map((relativePath) => pathIn.file(relativePath));
  return { files, absolutePaths, stats: await statFiles(absolutePaths) };
}

/** The worker's four numbers a file, as FileStat lists them; a file it could not stat is stat'ed again here, to throw this thread's error. */
function statsOf(numbers: Float64Array, absolutePaths: readonly string[]): FileStat[] {
  return absolutePaths.map((file, index) => {
    const at = index * 4;
    const size = numbers[at]!;
    if (Number.isNaN(size)) return fileStatOf(statSync(file));
    return { size, mtimeMs: numbers[at + 1]!, ctimeMs: numbers[at + 2]!, ino: numbers[at + 3]! };
  });
}

/** The worker loads its compiled module (src/cli/launch.mjs), or from the sources registers tsx's hooks first, which workers do not inherit. */
const COMPILED_WORKER = compiledModule('list-worker');
const WORKER_BOOTSTRAP =
  COMPILED_WORKER === undefined
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./list-worker.ts', import.meta.url).href)}); });`
    : `import(${JSON.stringify(COMPILED_WORKER.url)});`;

function listOnWorker(contentDir: string): Promise<ListedOnWorker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: contentDir });
    worker.once('message', (listed: ListedOnWorker) => resolve(listed));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the story-listing worker stopped with exit code ${code} before it answered`)));
  });
}

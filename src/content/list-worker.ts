import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { STAT_FIELDS } from './stat-files.ts';
import { listStoryFiles, pathsUnder } from './story-files.ts';

/** What the worker answers: the story files, and their stats in the stat worker's layout (STAT_FIELDS numbers a file). */
export interface ListedOnWorker {
  files: string[];
  numbers: Float64Array;
}

/** Lists a content folder's story files and stats each (see listed-files.ts). */
if (parentPort && typeof workerData === 'string') {
  const files = await listStoryFiles(workerData);
  const pathIn = pathsUnder(workerData);
  const numbers = new Float64Array(files.length * STAT_FIELDS);
  files.forEach((relativePath, index) => {
    const at = index * STAT_FIELDS;
    try {
      const stat = statSync(pathIn.file(relativePath));
      numbers.set([stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino], at);
    } catch {
      numbers[at] = Number.NaN;
    }
  });
  const answer: ListedOnWorker = { files, numbers };
  parentPort.postMessage(answer, [numbers.buffer]);
}

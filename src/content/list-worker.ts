import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { listStoryFiles, pathsUnder } from './story-files.ts';

/** What the worker answers: the story files, and four numbers a file (size, mtimeMs, ctimeMs, ino; NaN where stat failed). */
export interface ListedOnWorker {
  files: string[];
  numbers: Float64Array;
}

/** Lists a content folder's story files and stats each (see listed-files.ts). */
if (parentPort && typeof workerData === 'string') {
  const files = await listStoryFiles(workerData);
  const pathIn = pathsUnder(workerData);
  const numbers = new Float64Array(files.length * 4);
  files.forEach((relativePath, index) => {
    const at = index * 4;
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

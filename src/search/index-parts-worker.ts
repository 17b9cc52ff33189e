import { parentPort, workerData } from 'node:worker_threads';
import { writeIndexParts, type IndexPartsJob } from './index-parts.ts';

/** Indexes the search parts on a thread of its own (see writeSearchIndex). */
if (parentPort && workerData) {
  parentPort.postMessage(await writeIndexParts(workerData as IndexPartsJob));
}

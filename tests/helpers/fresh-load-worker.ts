import { parentPort, workerData } from 'node:worker_threads';
import { loadSite } from '../../src/site/load-site.ts';
import type { BuildOptions } from '../../src/site/build-options.ts';

// Runs in a worker of its own (fresh-load.ts): its module instances start with empty memory.
const { model } = await loadSite(workerData as BuildOptions);
parentPort?.postMessage(model.stories.map((story) => ({ file: story.file, title: story.title })));

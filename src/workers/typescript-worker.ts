import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a TypeScript module. Workers do not inherit tsx's loader hooks,
 * so the worker registers them before it imports the module.
 */
export function startTypeScriptWorker(module: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

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

/** Runs a worker module that posts one message, its result, and resolves with it. */
export function runTypeScriptWorker<T>(module: URL, workerData: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startTypeScriptWorker(module, workerData);
    let settled = false;
    worker.once('message', (result: T) => {
      settled = true;
      resolve(result);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the worker ${module.pathname} stopped with exit code ${code} before it finished`));
    });
  });
}

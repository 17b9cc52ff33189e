import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isRunning } from '../util/is-running.ts';

/** Another build holds the output folder; the CLI prints it and exits 2. */
export class OutputBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputBusyError';
  }
}

/**
 * One build at a time per output folder: a build cleans up what an interrupted one left beside
 * the folder, which must never be the staging folder of a build still running. The lock is a
 * file beside the output holding the builder's process id; one whose process is gone is stale
 * and taken over.
 */
export function lockOutputFolder(outDir: string): () => void {
  const lockFile = path.join(path.dirname(outDir), `.${path.basename(outDir)}.lock`);
  mkdirSync(path.dirname(outDir), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = openSync(lockFile, 'wx');
      writeSync(handle, String(process.pid));
      closeSync(handle);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
      if (isRunning(holder)) {
        throw new OutputBusyError(`Another build (process ${holder}) is writing ${path.relative(process.cwd(), outDir) || '.'}/; wait for it to finish, or choose another --out folder.`);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new OutputBusyError(`Could not lock ${outDir} for this build; try again.`);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The temporary folders this test process made, removed when it exits: a run of `npm test` once made some 170 and left them all. */
const madeHere: string[] = [];
process.once('exit', () => {
  for (const dir of madeHere) rmSync(dir, { recursive: true, force: true });
});

/** A folder that is removed when the test process exits, so no run leaves its scratch in the system's temporary folder. */
export async function tempDir(prefix: string): Promise<string> {
  return removedAtExit(await mkdtemp(path.join(tmpdir(), `daybook-${prefix}-`)));
}

export function tempDirSync(prefix: string): string {
  return removedAtExit(mkdtempSync(path.join(tmpdir(), `daybook-${prefix}-`)));
}

/** Takes a folder made some other way (the build tests' cache) into the same clean-up. */
export function removedAtExit(dir: string): string {
  madeHere.push(dir);
  return dir;
}

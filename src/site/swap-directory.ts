import { spawn } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** A fresh folder beside the target, on the same disk, so the final swap is a rename. */
export function stagingDirFor(target: string): string {
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  return path.join(path.dirname(target), `.${path.basename(target)}-staging-${suffix}`);
}

/**
 * Puts a finished build in place of the old one. Readers of the target see either the
 * whole old site or the whole new one; if the swap itself fails the old site is put back.
 */
export async function replaceDirectory(target: string, replacement: string): Promise<void> {
  const previous = `${stagingDirFor(target)}-previous`;
  const hadPrevious = await exists(target);
  if (hadPrevious) await rename(target, previous);
  try {
    await rename(replacement, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) await removeInBackground(previous);
}

/**
 * The old site is out of sight once swapped, so the build need not wait while tens of
 * thousands of its files are deleted (seconds for a large archive): a detached rm removes
 * them after the build has returned. Where there is no rm, the build waits for Node's.
 */
async function removeInBackground(folder: string): Promise<void> {
  if (process.platform !== 'win32') {
    const removal = spawn('rm', ['-rf', folder], { detached: true, stdio: 'ignore' });
    const started = await new Promise<boolean>((resolve) => {
      removal.once('spawn', () => resolve(true));
      removal.once('error', () => resolve(false));
    });
    if (started) {
      removal.unref();
      return;
    }
  }
  await rm(folder, { recursive: true, force: true });
}

async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}

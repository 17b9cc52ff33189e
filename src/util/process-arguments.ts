import { existsSync, readFileSync } from 'node:fs';
import { isRunning } from './is-running.ts';

/**
 * Whether the live process `pid` was started with `argument` among its arguments, read from
 * Linux's /proc: a pid written to a file can outlive its process, and be taken by another.
 * Undefined where /proc cannot tell: no /proc, or an entry this user may not read.
 */
export function processHasArgument(pid: number, argument: string): boolean | undefined {
  if (!isRunning(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(argument);
  } catch (error) {
    // With /proc, a missing entry is a process that has just ended.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && existsSync('/proc/self/cmdline')) return false;
    return undefined;
  }
}

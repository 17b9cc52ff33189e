import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, now. V8 lets its heap grow to a multiple of what is live before
 * it collects, and a large build's phases each leave their garbage behind: Eleventy's render of
 * one slice of the archive is garbage once the slice is written, but V8 would carry it into the
 * next slice and the indexer's run, and the process tree's peak memory with it. A build calls
 * this between its phases, where a pause of a fraction of a second costs nothing.
 *
 * V8 gives `gc` only to contexts made after --expose-gc is set: the flag is set at run time
 * (the build is started by npm and tsx, which pass no flags) and a new context hands it over.
 */
export function collectGarbage(): void {
  collector ??= exposedCollector();
  collector();
}

let collector: (() => void) | undefined;

function exposedCollector(): () => void {
  if (typeof globalThis.gc === 'function') return globalThis.gc as () => void;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

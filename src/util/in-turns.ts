import { setTimeout as sleep } from 'node:timers/promises';

/** How often a full pool looks again at how many may run: a larger allowance is taken up within this. */
const RECHECK_MS = 200;

/**
 * Runs `work` on every item, starting them in order, with at most `concurrency()` running at
 * once. The allowance is asked again whenever one ends and every RECHECK_MS meanwhile, so a
 * caller can widen it mid-way.
 * Starts nothing more once `signal` is aborted or a run has failed, and settles only after the
 * runs already started have: then it rejects with the first failure, or the abort.
 */
export async function inTurns<T>(
  items: Iterable<T>,
  work: (item: T) => Promise<void>,
  options: { concurrency: () => number; signal?: AbortSignal | undefined },
): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for (const item of items) {
    while (running.size >= Math.max(1, options.concurrency()) && failure === undefined) {
      await Promise.race([...running, sleep(RECHECK_MS, undefined, { ref: false })]);
    }
    if (failure !== undefined || options.signal?.aborted) break;
    const run: Promise<void> = work(item).then(
      () => {
        running.delete(run);
      },
      (error: unknown) => {
        running.delete(run);
        failure ??= { error };
      },
    );
    running.add(run);
  }
  await Promise.all(running);
  if (failure !== undefined) throw failure.error;
  options.signal?.throwIfAborted();
}

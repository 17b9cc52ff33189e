import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PROJECT_DIR } from '../util/source-hash.ts';
import { BACKGROUND_PRIORITY, pagefindArguments, pagesIndexed } from './pagefind-cli.ts';

/** The worker that starts each Pagefind (see its header): by path, as the same file compiled or not. */
const WORKER_FILE = path.join(PROJECT_DIR, 'src', 'search', 'pagefind-worker.mjs');

/** How often a waiting pool asks again how many Pagefinds may run: a larger allowance is taken up within this. */
const RECHECK_MS = 200;

/** What the worker tells of a run once its process is gone (or never started). */
type RunEnded = { id: number; code: number | null; output: string; stopped: boolean };

interface PendingRun {
  siteDir: string;
  resolve: (pages: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Pagefind processes for one search-index job, run from a worker thread (pagefind-worker.mjs) so
 * that one part's end starts the next even while the build thread is held by Eleventy's render.
 * At most `concurrency()` run at once, asked again as runs end and every RECHECK_MS. Aborting
 * `signal` drops the queued runs and stops the running ones: their promises reject once the
 * processes are gone.
 */
export class PagefindPool {
  readonly #worker: Worker;
  readonly #pending = new Map<number, PendingRun>();
  readonly #options: { concurrency: () => number; background: boolean; signal: AbortSignal | undefined };
  readonly #recheck: NodeJS.Timeout;
  #nextId = 0;
  #allowance = 0;
  #failure: Error | undefined;
  #stopped = false;

  constructor(options: { concurrency: () => number; background: boolean; signal: AbortSignal | undefined }) {
    this.#options = options;
    this.#worker = new Worker(WORKER_FILE);
    this.#worker.unref();
    this.#worker.on('message', (event: RunEnded) => this.#ended(event));
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the Pagefind worker stopped with exit code ${code}`)));
    this.#recheck = setInterval(() => this.#sendAllowance(), RECHECK_MS).unref();
    options.signal?.addEventListener('abort', () => this.stop(), { once: true });
    this.#sendAllowance();
  }

  /**
   * Indexes every HTML page under `siteDir` into a Pagefind bundle at `partDir`; resolves with
   * the page count. With `removeSite`, the pool's thread removes `siteDir` once Pagefind has
   * ended: thousands of files whose removal through this thread's event loop would wait for the
   * turns a render gives.
   */
  index(siteDir: string, partDir: string, run: { pidFile: string; fragmentFiles?: number; removeSite?: boolean }): Promise<number> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    if (this.#options.signal?.aborted) return Promise.reject(this.#options.signal.reason);
    if (this.#stopped) return Promise.reject(new Error(`Pagefind was not started on ${siteDir}: the build had failed.`));
    const id = (this.#nextId += 1);
    const [command, ...args] = pagefindArguments(siteDir, partDir, run.fragmentFiles);
    return new Promise<number>((resolve, reject) => {
      this.#pending.set(id, { siteDir, resolve, reject });
      // Held while a run is pending: the build may be waiting on nothing else.
      this.#worker.ref();
      this.#worker.postMessage({
        kind: 'run',
        id,
        command,
        args,
        pidFile: run.pidFile,
        priority: this.#options.background ? BACKGROUND_PRIORITY : undefined,
        removeWhenEnded: run.removeSite === true ? siteDir : undefined,
      });
    });
  }

  /** Drops the queued runs and stops the running ones: each rejects once its process is gone. */
  stop(): void {
    this.#stopped = true;
    this.#worker.postMessage({ kind: 'stop' });
  }

  /** Ends the worker; call once every run has settled. */
  async close(): Promise<void> {
    clearInterval(this.#recheck);
    this.#worker.removeAllListeners('exit');
    await this.#worker.terminate();
  }

  #sendAllowance(): void {
    const allowance = Math.max(1, this.#options.concurrency());
    if (allowance === this.#allowance) return;
    this.#allowance = allowance;
    this.#worker.postMessage({ kind: 'concurrency', value: allowance });
  }

  #ended(event: RunEnded): void {
    const run = this.#pending.get(event.id);
    if (run === undefined) return;
    this.#pending.delete(event.id);
    if (this.#pending.size === 0) this.#worker.unref();
    this.#sendAllowance();
    if (event.stopped && this.#stopped) {
      run.reject(this.#options.signal?.aborted ? this.#options.signal.reason : new Error(`Pagefind was stopped indexing ${run.siteDir}: the build had failed.`));
      return;
    }
    try {
      run.resolve(pagesIndexed(run.siteDir, event.code, event.output));
    } catch (error) {
      run.reject(error);
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const run of this.#pending.values()) run.reject(error);
    this.#pending.clear();
  }
}

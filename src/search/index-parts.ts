import { mkdirSync, mkdtempSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { isRunning } from '../util/is-running.ts';
import { processHasArgument } from '../util/process-arguments.ts';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PagefindPool } from './pagefind-pool.ts';
import { WorkBudget } from '../util/work-budget.ts';
import { SearchIndexCache } from './search-cache.ts';
import { routes } from '../routes/routes.ts';

/** A page Pagefind indexes: where it goes in the folder Pagefind reads, and its HTML. */
export interface SearchRecord {
  path: string;
  html: string;
}

/**
 * One part of the index: its id (folder name), the key of its records, and the records Pagefind
 * reads, made only when the part is indexed: a large archive's records, held all at once, are
 * its whole text again.
 */
export interface IndexPart {
  id: string;
  key: string;
  /** How many stories the part holds. */
  size: number;
  records: () => SearchRecord[];
}

/** Everything indexing needs: where to write, what, and the build cache to reuse parts from. */
export interface IndexPartsJob {
  outputDir: string;
  parts: IndexPart[];
  cacheDir: string | undefined;
  contentDir: string;
  /** Index at a low CPU priority: beside the dev server's rebuilds, or a cold build's render. */
  background?: boolean;
  /** Parts the output being updated has already, by id: one with the same key is left as it is. */
  published?: Readonly<Record<string, { key: string }>>;
  /** Aborted when the build failed: no part is started after that, and a running Pagefind is stopped. */
  signal?: AbortSignal | undefined;
  /**
   * How many Pagefinds may run at once, asked as each ends and every 200 ms (default one).
   * Pagefind keeps about one and a quarter cores busy: while Eleventy renders, one indexer
   * shares the machine with it; once the render is done, two use what it leaves idle.
   */
  concurrency?: () => number;
  /** Called each time a part is handed to Pagefind, its records written, with how many there are. */
  onPagefindStarted?: ((records: number) => void) | undefined;
  /**
   * Called once every part that may be handed to Pagefind now has been, its records written
   * (or every part is done): a build then goes on with its render, during which the parts
   * handed over are all Pagefind can index.
   */
  onQueueFilled?: (() => void) | undefined;
}

export interface SearchIndexReport {
  partCount: number;
  /** Parts copied from the build cache instead of indexed. */
  reused: number;
  /** Parts the output has already (see IndexPartsJob.published), neither indexed nor copied. */
  kept: number;
  pages: number;
}

/**
 * Records written ahead for Pagefind, counted in stories: while Eleventy's render holds the
 * build thread, the parts already written are all Pagefind can go on with (pagefind-worker.mjs).
 * A cold build of a few thousand stories writes every part before its render; a larger
 * archive's, two or three parts of the default 2,000 stories, about 10 KB a record in memory
 * (/dev/shm), and more between its render's slices.
 */
const RECORDS_AHEAD = 6_000;

/**
 * Writes each part's Pagefind bundle to <output>/pagefind/<part>/: from the build cache when
 * a part's records are unchanged, else by running Pagefind on them. Parts are started in order
 * and at most `concurrency()` Pagefinds run at once, so the indexer's memory is bounded by a
 * few parts, not the archive.
 */
export async function writeIndexParts(job: IndexPartsJob): Promise<SearchIndexReport> {
  const cache = job.cacheDir === undefined ? undefined : new SearchIndexCache(job.cacheDir, job.contentDir);
  const used = new Set<string>();
  const report: SearchIndexReport = { partCount: job.parts.length, reused: 0, kept: 0, pages: 0 };
  const ahead = new WorkBudget(RECORDS_AHEAD);
  let pool: PagefindPool | undefined;
  const runs: Array<Promise<void>> = [];
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown): void => {
    failure ??= { error };
    // The parts queued behind a failed one are not started, and a running one is stopped: the build has failed.
    pool?.stop();
  };
  const stopped = (): boolean => failure !== undefined || job.signal?.aborted === true;
  let queueFilled = false;
  const fillQueue = (): void => {
    if (!queueFilled) job.onQueueFilled?.();
    queueFilled = true;
  };
  try {
    for (const part of job.parts) {
      if (stopped()) break;
      const target = path.join(job.outputDir, routes.searchPart(part.id));
      report.pages += part.size;
      if (cache !== undefined) used.add(cache.entryFor(part.id, part.key));
      if (job.published?.[part.id]?.key === part.key) {
        report.kept += 1;
        continue;
      }
      if (cache !== undefined && (await cache.restore(part.id, part.key, target))) {
        report.reused += 1;
        continue;
      }
      if (!ahead.fits(part.size)) fillQueue();
      const release = await ahead.take(part.size);
      if (stopped()) {
        release();
        break;
      }
      pool ??= new PagefindPool({ concurrency: job.concurrency ?? (() => 1), background: job.background ?? false, signal: job.signal });
      // The part's records stop counting against the budget once Pagefind is done with them,
      // before the part is stored in the build cache: that takes turns of the event loop, which
      // a render gives only between its slices, and the next part would wait for them.
      const run = indexPart(part, target, pool, { onStarted: job.onPagefindStarted, onIndexed: release })
        .then(() => cache?.store(part.id, part.key, target))
        .catch(fail)
        .finally(release);
      runs.push(run);
    }
  } catch (error) {
    fail(error);
  }
  fillQueue();
  // Every run settles, stopped or not, before the pool's thread ends: no Pagefind outlives the job.
  await Promise.all(runs);
  await pool?.close();
  if (failure !== undefined) throw failure.error;
  job.signal?.throwIfAborted();
  await cache?.prune(used);
  return report;
}

/**
 * Writes a part's records and has Pagefind index them; its records are written before this
 * returns its promise. `onIndexed` is called once Pagefind has ended, before the part's
 * scratch folder is removed.
 */
async function indexPart(
  part: IndexPart,
  target: string,
  pool: PagefindPool,
  events: { onStarted: ((records: number) => void) | undefined; onIndexed: () => void },
): Promise<void> {
  const records = part.records();
  const scratch = makeScratchFolder(records);
  try {
    writeRecords(scratch, records);
    // Pagefind writes straight into the staging folder: should this build be killed, the next one
    // stops it (removeAbandonedScratchFolders) before it removes that folder, or Pagefind made it again.
    // The pool's thread removes the scratch folder as soon as Pagefind has ended (see pagefind-worker.mjs).
    const indexed = pool.index(scratch, target, { pidFile: path.join(scratch, INDEXER_PID_FILE), removeSite: true });
    events.onStarted?.(records.length);
    const pages = await indexed;
    events.onIndexed();
    if (pages !== records.length) {
      throw new Error(`The search index part ${part.id} holds ${pages} pages but has ${records.length} stories.`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Synchronous, so that the records reach Pagefind before the build thread goes on: a publish
 * that re-indexes a part waits for Pagefind, and a write per record through libuv's threads
 * waited for each turn the build's planning and render left it (about a second at 30,000 stories).
 * Pagefind is the longer task; the milliseconds of writing to memory are better spent first.
 */
function writeRecords(scratch: string, records: readonly SearchRecord[]): void {
  const folders = new Set<string>();
  for (const record of records) {
    const file = path.join(scratch, record.path);
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(file, record.html);
  }
}

/** Linux's shared-memory file system: memory-backed, so thousands of small records are written and removed without disk I/O. */
const MEMORY_FOLDER = '/dev/shm';

/**
 * A folder for a part's records, for Pagefind to read: in memory when there is room for them
 * twice over (containers often give /dev/shm only 64 MB), else in the temp folder: a cold
 * build writes and removes a file per story here, and memory spares it the disk.
 */
function makeScratchFolder(records: readonly SearchRecord[]): string {
  const bytes = records.reduce((sum, record) => sum + Buffer.byteLength(record.html), 0);
  try {
    const space = statfsSync(MEMORY_FOLDER);
    if (space.bavail * space.bsize > 2 * bytes) return mkdtempSync(path.join(MEMORY_FOLDER, scratchPrefix()));
  } catch {
    // No usable /dev/shm (macOS, Windows, a read-only one): the temp folder it is.
  }
  return mkdtempSync(path.join(tmpdir(), scratchPrefix()));
}

/** Scratch folders are named for the process that made them, so a build can tell those of builds that were killed. */
const SCRATCH_NAME = /^daybook-search-(\d+)-/;

function scratchPrefix(): string {
  return `daybook-search-${process.pid}-`;
}

/** In a scratch folder, the pid of the Pagefind that indexes it; Pagefind reads only its HTML. */
const INDEXER_PID_FILE = '.indexer-pid';

/**
 * Removes the scratch folders of indexing runs whose process is gone (a build killed mid-index
 * leaves its records), and stops the Pagefind such a build left running: killed with its build,
 * it would go on writing its part into a staging folder the next build removes. Only a process
 * whose arguments name the scratch folder is stopped, never one that took a recorded pid since.
 */
export async function removeAbandonedScratchFolders(): Promise<void> {
  for (const folder of [MEMORY_FOLDER, tmpdir()]) {
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      const pid = SCRATCH_NAME.exec(name)?.[1];
      if (pid === undefined || isRunning(Number(pid))) continue;
      const scratch = path.join(folder, name);
      await stopOrphanedIndexer(scratch);
      await rm(scratch, { recursive: true, force: true });
    }
  }
}

async function stopOrphanedIndexer(scratch: string): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(scratch, INDEXER_PID_FILE), 'utf8'));
  } catch {
    return;
  }
  if (processHasArgument(pid, scratch) !== true) return;
  process.kill(pid, 'SIGKILL');
  // Until the kernel has ended it (a zombie's arguments are empty): no write of its lands after this.
  for (let waited = 0; waited < 2000 && processHasArgument(pid, scratch) === true; waited += 10) await sleep(10);
}

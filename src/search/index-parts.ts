import { mkdirSync, mkdtempSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { isRunning } from '../util/is-running.ts';
import { processHasArgument } from '../util/process-arguments.ts';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPagefind } from './pagefind-cli.ts';
import { inTurns } from '../util/in-turns.ts';
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
  /** Index at a low CPU priority (the dev server's preview, beside its rebuilds). */
  background?: boolean;
  /** Parts the output being updated has already, by id: one with the same key is left as it is. */
  published?: Readonly<Record<string, { key: string }>>;
  /** Aborted when the build failed: no part is started after that, and a running Pagefind is stopped. */
  signal?: AbortSignal | undefined;
  /**
   * How many parts may be indexed at once, asked each time a part could start (default one).
   * Pagefind keeps about one and a quarter cores busy: while Eleventy renders, one indexer
   * shares the machine with it; once the render is done, two use what it leaves idle.
   */
  concurrency?: () => number;
  /** Called each time Pagefind starts on a part, its records written, with how many there are. */
  onPagefindStarted?: ((records: number) => void) | undefined;
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
 * Writes each part's Pagefind bundle to <output>/pagefind/<part>/: from the build cache when
 * a part's records are unchanged, else by running Pagefind on them. Parts are indexed one
 * after another, so the indexer's memory is bounded by a part, not the archive.
 */
export async function writeIndexParts(job: IndexPartsJob): Promise<SearchIndexReport> {
  const cache = job.cacheDir === undefined ? undefined : new SearchIndexCache(job.cacheDir, job.contentDir);
  const used = new Set<string>();
  const report: SearchIndexReport = { partCount: job.parts.length, reused: 0, kept: 0, pages: 0 };
  const writePart = async (part: IndexPart): Promise<void> => {
    const target = path.join(job.outputDir, routes.searchPart(part.id));
    report.pages += part.size;
    if (cache !== undefined) used.add(cache.entryFor(part.id, part.key));
    if (job.published?.[part.id]?.key === part.key) {
      report.kept += 1;
      return;
    }
    if (cache !== undefined && (await cache.restore(part.id, part.key, target))) {
      report.reused += 1;
      return;
    }
    await indexPart(part, target, { background: job.background ?? false, signal: job.signal, onStarted: job.onPagefindStarted });
    await cache?.store(part.id, part.key, target);
  };
  await inTurns(job.parts, writePart, { concurrency: job.concurrency ?? (() => 1), signal: job.signal });
  await cache?.prune(used);
  return report;
}

async function indexPart(
  part: IndexPart,
  target: string,
  run: { background: boolean; signal: AbortSignal | undefined; onStarted: ((records: number) => void) | undefined },
): Promise<void> {
  const records = part.records();
  const scratch = makeScratchFolder(records);
  try {
    writeRecords(scratch, records);
    // Pagefind writes straight into the staging folder: should this build be killed, the next one
    // stops it (removeAbandonedScratchFolders) before it removes that folder, or Pagefind made it again.
    const indexed = runPagefind(scratch, target, { ...run, onSpawned: (pid) => writeFileSync(path.join(scratch, INDEXER_PID_FILE), String(pid)) });
    run.onStarted?.(records.length);
    const pages = await indexed;
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

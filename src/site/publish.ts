import { spawn } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OUTPUT_MARKER } from './output-folder.ts';
import { filesUnder } from '../util/files-under.ts';
import { processHasArgument } from '../util/process-arguments.ts';

/**
 * How a finished build reaches the output folder, and how the next build recovers when one was
 * killed on the way. Every build is written to a staging folder beside the output first; a
 * failed build never touches the output.
 *
 * - A cold build (no previous build to start from) renames its whole staging folder in place
 *   of the output: readers see the old site or the new one, never a mix.
 * - An incremental build's staging folder holds only what changed. Its list of files to move
 *   in and to delete is written to a journal beside the output first; then the files are
 *   moved. A build killed while moving is completed by the next build, which finds the
 *   journal (see recoverOutputFolder). Readers may see some of the changed files before others
 *   for that moment, as with any file-by-file deploy.
 */

/** The folders and files a build keeps beside the output folder `outDir`. */
export function besideOutput(outDir: string): { staging: string; previous: string; journal: string; trashPrefix: string; stagingPrefix: string } {
  const parent = path.dirname(outDir);
  const name = path.basename(outDir);
  const stagingPrefix = `.${name}-staging-`;
  return {
    stagingPrefix,
    staging: path.join(parent, `${stagingPrefix}${process.pid}-${Date.now().toString(36)}`),
    previous: path.join(parent, `.${name}-previous`),
    journal: path.join(parent, `.${name}-publish.json`),
    trashPrefix: `.${name}-trash-`,
  };
}

/** Writes the marker that makes a folder a Daybook output, naming the build it holds. */
export async function writeOutputMarker(folder: string, buildId: string): Promise<void> {
  const marker = path.join(folder, OUTPUT_MARKER);
  await writeFile(`${marker}.incoming`, `${JSON.stringify({ generator: 'Daybook', buildId })}\n`);
  await rename(`${marker}.incoming`, marker);
}

/** The build id an output folder's marker names; undefined for a folder without a readable one. */
export function publishedBuildId(outDir: string): string | undefined {
  try {
    const marker = JSON.parse(readFileSync(path.join(outDir, OUTPUT_MARKER), 'utf8')) as { buildId?: unknown };
    return typeof marker.buildId === 'string' ? marker.buildId : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cold publish: the staging folder, a whole site, takes the output's place. The old site is
 * first renamed to a fixed name beside it, so a build killed between the two renames leaves
 * it where the next build looks to put it back.
 */
export async function replaceOutput(outDir: string, staging: string): Promise<void> {
  const { previous, trashPrefix } = besideOutput(outDir);
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) await rename(outDir, previous);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    throw error;
  }
  if (hadPrevious) await discard(previous, trashPrefix);
}

interface Journal {
  staging: string;
  buildId: string;
  /** Files of the staging folder to move into the output, relative to both. */
  moves: string[];
  /** Files of the output to delete, relative to it. */
  deletes: string[];
}

/**
 * Incremental publish: moves the staged files into the output and deletes the ones the new
 * build no longer has. Staged files whose bytes equal the published ones are left out, so
 * only what changed is touched. Once the journal is on disk the publish is committed: a
 * build killed after that point is completed by the next one.
 */
export async function publishChanges(
  outDir: string,
  staging: string,
  change: { deletes: readonly string[]; buildId: string },
): Promise<{ moved: number; deleted: number }> {
  const staged = await filesUnder(staging);
  const moves = staged.filter((file) => !sameBytes(path.join(staging, file), path.join(outDir, file)));
  const journal: Journal = { staging, buildId: change.buildId, moves, deletes: [...change.deletes] };
  const { journal: journalFile } = besideOutput(outDir);
  writeDurably(journalFile, JSON.stringify(journal));
  await applyJournal(outDir, journal);
  await rm(journalFile, { force: true });
  await rm(staging, { recursive: true, force: true });
  return { moved: moves.length, deleted: change.deletes.length };
}

async function applyJournal(outDir: string, journal: Journal): Promise<void> {
  const folders = new Set<string>();
  for (const file of journal.moves) folders.add(path.dirname(path.join(outDir, file)));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  for (const file of journal.moves) {
    const from = path.join(journal.staging, file);
    // Moved already, by the run this journal was written for, before it was killed.
    if (!existsSync(from)) continue;
    await rename(from, path.join(outDir, file));
  }
  const emptied = new Set<string>();
  for (const file of journal.deletes) {
    await rm(path.join(outDir, file), { force: true });
    emptied.add(path.dirname(file));
  }
  await removeEmptyFolders(outDir, emptied);
  await writeOutputMarker(outDir, journal.buildId);
}

/** Removes folders a deletion left empty, deepest first, up to (not including) the output folder. */
async function removeEmptyFolders(outDir: string, folders: ReadonlySet<string>): Promise<void> {
  const candidates = new Set<string>();
  for (let folder of folders) {
    while (folder !== '.' && folder !== '' && !candidates.has(folder)) {
      candidates.add(folder);
      folder = path.dirname(folder);
    }
  }
  const deepestFirst = [...candidates].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const folder of deepestFirst) {
    try {
      await rmdir(path.join(outDir, folder));
    } catch {
      // Not empty, or gone already: both fine.
    }
  }
}

/**
 * Puts the output folder right after a build was killed: completes an incremental publish
 * whose journal was written, puts back a site a cold publish had moved aside, and removes the
 * staging and trash folders interrupted builds left beside it. The caller holds the output's
 * lock, so none of them belongs to a build still running.
 */
export async function recoverOutputFolder(outDir: string): Promise<string[]> {
  const notes: string[] = [];
  const { journal: journalFile, previous, stagingPrefix, trashPrefix } = besideOutput(outDir);
  if (existsSync(journalFile)) {
    const journal = readJournal(journalFile);
    if (journal !== undefined && existsSync(outDir)) {
      await applyJournal(outDir, journal);
      notes.push('Completed the publishing of a build that was interrupted.');
    }
    await rm(journalFile, { force: true });
  }
  // A journal being written when the build was killed: never committed to, so nothing to complete.
  await rm(`${journalFile}.incoming`, { force: true });
  if (existsSync(previous)) {
    if (existsSync(outDir)) {
      await discard(previous, trashPrefix);
    } else {
      await rename(previous, outDir);
      notes.push('Put back the published site that an interrupted build had moved aside.');
    }
  }
  const parent = path.dirname(outDir);
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    const entry = path.join(parent, name);
    if (name.startsWith(stagingPrefix)) await discard(entry, trashPrefix);
    else if (!name.startsWith(trashPrefix)) continue;
    else if (!name.endsWith(REMOVING_SUFFIX)) {
      if (!beingRemoved(entry)) removeInBackground(entry);
    } else if (!names.includes(name.slice(0, -REMOVING_SUFFIX.length))) {
      // Its folder is gone: an rm that was stopped between the two, or a pid file written after a quick rm.
      await rm(entry, { force: true });
    }
  }
  return notes;
}

function readJournal(file: string): Journal | undefined {
  try {
    const journal = JSON.parse(readFileSync(file, 'utf8')) as Journal;
    return Array.isArray(journal.moves) && Array.isArray(journal.deletes) && typeof journal.staging === 'string' ? journal : undefined;
  } catch {
    // A journal is renamed in only once complete, so an unreadable one was never committed to.
    return undefined;
  }
}

/** Renames a folder out of the way at once and deletes it in the background. */
async function discard(folder: string, trashPrefix: string): Promise<void> {
  const trash = path.join(path.dirname(folder), `${trashPrefix}${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
  await rename(folder, trash);
  removeInBackground(trash);
}

/**
 * Beside a trash folder while a detached rm deletes it: the rm's pid. A cold build over a large
 * site leaves minutes of deleting, and every build in those minutes started an rm of its own on
 * the same folder: five at once, competing for the disk with the publishes.
 */
const REMOVING_SUFFIX = '.removing';

/**
 * A large old site takes seconds to delete, and nothing waits for it: a detached rm removes
 * it after the build has returned; the next build removes any trash an interrupted rm left.
 * The shell writes its own pid before it becomes rm (exec keeps the pid), and rm removes the
 * pid file after the folder, since it takes its arguments in order: while the file names a
 * live process, the folder is being deleted.
 */
function removeInBackground(folder: string): void {
  const pidFile = `${folder}${REMOVING_SUFFIX}`;
  const removal = spawn('sh', ['-c', 'echo $$ > "$1"; exec rm -rf "$2" "$1"', 'sh', pidFile, folder], { detached: true, stdio: 'ignore' });
  removal.on('error', () => void rm(folder, { recursive: true, force: true }).catch(() => undefined));
  removal.unref();
}

/**
 * Whether a live rm is deleting `folder` (see removeInBackground). Where /proc shows a process's
 * arguments, the pid must be a process that names the folder, not one that took the pid of an
 * rm long gone; elsewhere a live pid is taken at its word.
 */
function beingRemoved(folder: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(`${folder}${REMOVING_SUFFIX}`, 'utf8').trim());
  } catch {
    return false;
  }
  // A process /proc will not show is taken to be the rm.
  return processHasArgument(pid, folder) ?? true;
}

/** Writes a file whole or not at all, and on disk before the call returns. */
function writeDurably(file: string, text: string): void {
  const incoming = `${file}.incoming`;
  const handle = openSync(incoming, 'w');
  try {
    writeSync(handle, text);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameSync(incoming, file);
}

/**
 * Synchronous: a re-indexed search part stages thousands of small files, most of them the
 * bytes already published, and nothing else runs while the build publishes; reading them
 * through the thread pool, a few round trips each, cost over a second at 3,000 stories.
 */
function sameBytes(a: string, b: string): boolean {
  try {
    if (statSync(a).size !== statSync(b).size) return false;
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

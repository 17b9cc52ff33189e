import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FIXTURE_NOW, repoRoot, runCli, type RunResult } from './build.ts';
import { sharedBuildPrefix } from './shared-build-name.ts';

/**
 * One CLI build of a content folder per test run, shared by every test file that only reads
 * the output. The test runner starts each file in a process of its own, so the build is kept
 * in a temporary folder named by the run (the runner's pid), the arguments and a fingerprint of
 * the content and the code; the first process to want it builds it under a lock file and the
 * others wait for it. The fingerprint makes a reused pid rebuild rather than serve stale pages.
 * Callers must not write into the output folder: other test files read it too.
 */
export function sharedBuild(contentDir: string, options: { now?: string } = {}): Promise<{ outDir: string; result: RunResult }> {
  const now = options.now ?? FIXTURE_NOW;
  const memoKey = JSON.stringify([contentDir, now]);
  let build = builds.get(memoKey);
  if (build === undefined) {
    build = buildOnce(contentDir, now);
    builds.set(memoKey, build);
  }
  return build;
}

/** This process's builds, so a file asking twice (or two files' hooks at once) waits on one promise. */
const builds = new Map<string, Promise<{ outDir: string; result: RunResult }>>();

/** What a build reads besides its content: a change to any of these must not reuse an older build. */
const CODE_PATHS = ['src', 'layouts', '.eleventy.ts', 'package-lock.json', 'tsconfig.json'];

/** How often a waiting process looks for the build another process is making. */
const POLL_MS = 100;

async function buildOnce(contentDir: string, now: string): Promise<{ outDir: string; result: RunResult }> {
  const fingerprint = await fingerprintOf([contentDir, ...CODE_PATHS.map((relative) => path.join(repoRoot, relative))]);
  const key = createHash('sha256').update(JSON.stringify([path.resolve(contentDir), now, fingerprint])).digest('hex').slice(0, 16);
  const root = path.join(tmpdir(), `${sharedBuildPrefix(process.ppid)}${key}`);
  const outDir = path.join(root, 'out', 'dist');
  const resultFile = path.join(root, 'result.json');
  const lockFile = `${root}.lock`;
  for (;;) {
    if (existsSync(resultFile)) return { outDir, result: JSON.parse(await readFile(resultFile, 'utf8')) as RunResult };
    if (!(await takeLock(lockFile))) {
      await removeLockOfDeadProcess(lockFile);
      await sleep(POLL_MS);
      continue;
    }
    try {
      // Another process may have finished the build between the look above and taking the lock.
      if (existsSync(resultFile)) continue;
      // A holder that died mid-build leaves a partial folder; start clean.
      await rm(root, { recursive: true, force: true });
      await mkdir(path.dirname(outDir), { recursive: true });
      const result = await runCli('build', ['--content', contentDir, '--out', outDir, '--now', now], { DAYBOOK_CACHE: path.join(root, 'cache') });
      // Written last: its presence says the build is complete.
      await writeFile(resultFile, JSON.stringify(result));
      return { outDir, result };
    } finally {
      await rm(lockFile, { force: true });
    }
  }
}

/** The lock file appears with its holder's pid already in it (a hard link fails if it exists), so a dead holder is always told apart. */
async function takeLock(lockFile: string): Promise<boolean> {
  const mine = `${lockFile}.${process.pid}`;
  await writeFile(mine, String(process.pid));
  try {
    await link(mine, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(mine, { force: true });
  }
}

async function removeLockOfDeadProcess(lockFile: string): Promise<void> {
  const pid = Number(await readFile(lockFile, 'utf8').catch(() => ''));
  if (!pid || isAlive(pid)) return;
  await rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Every file's path, size and modification time under the given paths: cheap, and changes with any edit. */
async function fingerprintOf(paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const root of paths) {
    const info = await stat(root).catch(() => undefined);
    if (info === undefined) continue;
    const files = info.isDirectory()
      ? (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
      : [root];
    for (const file of files.sort()) {
      const { size, mtimeMs } = await stat(file);
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

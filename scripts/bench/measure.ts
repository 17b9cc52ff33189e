import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { watchTreeRss } from './process-tree.ts';

export const GNU_TIME = '/usr/bin/time';

export interface Measurement {
  wallSeconds: number;
  /**
   * Peak resident memory in MiB: the larger of GNU time's %M (ru_maxrss, the peak of the
   * largest process it reaped, exact for the node process) and the peak sum of VmRSS over the
   * whole process tree polled every 100 ms (catches helpers such as Pagefind's indexer).
   */
  peakRssMiB: number;
  /** GNU time's %M alone: the node process's own peak. */
  nodePeakRssMiB: number;
  /** User + system CPU seconds of the processes time(1) reaped. */
  cpuSeconds: number;
  stdout: string;
}

/**
 * Runs a command under GNU time (wall, CPU, ru_maxrss) while polling /proc for the memory of
 * the whole process tree. Both builds run as one node process started directly (no npm in
 * between).
 */
export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /**
   * The command and everything it started are killed when their memory passes this, and the
   * measurement fails: on a shared machine without swap, a baseline indexing 100,000 pages at
   * once could otherwise bring the kernel's out-of-memory killer down on someone else's work.
   */
  memoryLimitMiB?: number;
}

export async function measure(command: string, args: string[], options: MeasureOptions): Promise<Measurement> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'daybook-bench-time-'));
  timeReports.add(scratch);
  const report = path.join(scratch, 'time.txt');
  try {
    const started = performance.now();
    const { code, stdout, stderr, treePeakKiB, stoppedAtKiB } = await run(GNU_TIME, ['-f', '%e %M %U %S', '-o', report, command, ...args], options);
    const wallSeconds = (performance.now() - started) / 1000;
    if (stoppedAtKiB !== undefined) {
      throw new Error(
        `${command} ${args.join(' ')} was stopped when its process tree reached ${Math.round(stoppedAtKiB / 1024)} MiB, ` +
          `over the bench's limit of ${options.memoryLimitMiB} MiB (--memory-limit) after ${wallSeconds.toFixed(1)} s`,
      );
    }
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`);
    const [, kib, user, system] = (await readFile(report, 'utf8')).trim().split(/\s+/).map(Number);
    const nodePeakRssMiB = (kib ?? 0) / 1024;
    return {
      wallSeconds,
      peakRssMiB: Math.max(nodePeakRssMiB, treePeakKiB / 1024),
      nodePeakRssMiB,
      cpuSeconds: (user ?? 0) + (system ?? 0),
      stdout,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
    timeReports.delete(scratch);
  }
}

/** Commands measure() is running, each the leader of its own process group, and the folders of their time(1) reports. */
const running = new Set<ChildProcess>();
const timeReports = new Set<string>();

/**
 * Stops every command measure() is running, with everything it started: called when the bench
 * is interrupted, so no build goes on writing into the scratch folder being removed.
 */
export function stopRunningCommands(): void {
  for (const folder of timeReports) rmSync(folder, { recursive: true, force: true });
  for (const child of running) killGroup(child, 'SIGTERM');
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function run(
  command: string,
  args: string[],
  options: MeasureOptions,
): Promise<{ code: number; stdout: string; stderr: string; treePeakKiB: number; stoppedAtKiB: number | undefined }> {
  return new Promise((resolve, reject) => {
    // A process group of its own, so stopRunningCommands() and the memory limit reach the build's helpers too.
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true });
    running.add(child);
    let stoppedAtKiB: number | undefined;
    const limit =
      options.memoryLimitMiB === undefined
        ? undefined
        : {
            limitKiB: options.memoryLimitMiB * 1024,
            overLimit: (kib: number): void => {
              stoppedAtKiB = kib;
              killGroup(child, 'SIGKILL');
            },
          };
    const memory = watchTreeRss(child.pid ?? 0, 100, limit);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      running.delete(child);
      memory.stop();
      reject(error);
    });
    child.on('close', (code) => {
      running.delete(child);
      resolve({ code: code ?? 1, stdout, stderr, treePeakKiB: memory.stop(), stoppedAtKiB });
    });
  });
}

/**
 * The run of median wall time among repeated measurements of one build (the lower middle one
 * for an even count), with the highest peak memory any of them reached: on a shared machine a
 * single run can be a quarter off either way, and memory is a limit, not a typical value.
 */
export function medianRun(runs: readonly Measurement[]): Measurement {
  const sorted = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (median === undefined) throw new Error('no runs to take the median of');
  return {
    ...median,
    peakRssMiB: Math.max(...runs.map((run) => run.peakRssMiB)),
    nodePeakRssMiB: Math.max(...runs.map((run) => run.nodePeakRssMiB)),
  };
}

/**
 * Two commands run one after the other as one job (bare Eleventy, then Pagefind on its
 * output): their wall and CPU times add up, and the peak is the larger of the two, since they
 * never run at once.
 */
export function inSequence(first: Measurement, second: Measurement): Measurement {
  return {
    wallSeconds: first.wallSeconds + second.wallSeconds,
    peakRssMiB: Math.max(first.peakRssMiB, second.peakRssMiB),
    nodePeakRssMiB: Math.max(first.nodePeakRssMiB, second.nodePeakRssMiB),
    cpuSeconds: first.cpuSeconds + second.cpuSeconds,
    stdout: `${first.stdout}${second.stdout}`,
  };
}

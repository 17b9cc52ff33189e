import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface Measurement {
  wallSeconds: number;
  /** Largest resident set of any process in the child's tree, in MiB (GNU time's %M). */
  peakRssMiB: number;
  stdout: string;
}

/**
 * Runs a command under GNU time. Its %M is the child's ru_maxrss from wait4(): the peak
 * resident set of the largest process in the tree. Both builds run as a single node
 * process (no npm or tsx launcher in between), so that is the build's own peak.
 * Wall time is measured here as well as by time(1); the two agree to a few ms.
 */
export async function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'daybook-bench-time-'));
  const report = path.join(scratch, 'time.txt');
  try {
    const started = performance.now();
    const { code, stdout, stderr } = await run(GNU_TIME, ['-f', '%e %M', '-o', report, command, ...args], options);
    const wallSeconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`);
    const [, kib] = (await readFile(report, 'utf8')).trim().split(/\s+/);
    return { wallSeconds, peakRssMiB: Number(kib) / 1024, stdout };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

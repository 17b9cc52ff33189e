import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { removedAtExit, tempDir } from './temp-dir.ts';

export { tempDir };

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtureSite = path.join(repoRoot, 'tests/fixtures/site');
/** The instant the fixture site is built at: after its newest story, before its scheduled one. */
export const FIXTURE_NOW = '2026-11-24T20:00:00-05:00';

/** Builds keep their cache outside the repo, one folder per test process, so test files never share one. */
export const TEST_CACHE_DIR = removedAtExit(path.join(tmpdir(), `daybook-test-cache-${process.pid}`));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The command line of one of the project's CLIs, as its npm script has it: build and check run
 * compiled (src/cli/launch.mjs), the dev server through tsx.
 */
export function cliCommand(name: 'build' | 'check' | 'serve', args: readonly string[]): string[] {
  if (name === 'serve') return ['--import', 'tsx', path.join(repoRoot, 'src/cli/serve.ts'), ...args];
  return [path.join(repoRoot, 'src/cli/launch.mjs'), name, ...args];
}

/** Runs one of the project's CLIs the way npm scripts do, from the repo root. */
export function runCli(name: 'build' | 'check' | 'serve', args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliCommand(name, args), {
      cwd: repoRoot,
      env: testEnv(env),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Builds a content folder into a fresh output folder and returns where it went. */
export async function buildSite(
  contentDir: string,
  options: { now?: string; extraArgs?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<{ outDir: string; result: RunResult }> {
  const outDir = path.join(await tempDir('out'), 'dist');
  const args = ['--content', contentDir, '--out', outDir, '--now', options.now ?? FIXTURE_NOW, ...(options.extraArgs ?? [])];
  const result = await runCli('build', args, options.env);
  return { outDir, result };
}

/** A copy of the fixture site that a test may change, with extra files written over it. */
export async function fixtureCopy(overrides: Record<string, string> = {}): Promise<string> {
  const dir = path.join(await tempDir('content'), 'content');
  await cp(fixtureSite, dir, { recursive: true });
  for (const [relative, text] of Object.entries(overrides)) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), text);
  }
  return dir;
}

export function readOutput(outDir: string, relative: string): Promise<string> {
  return readFile(path.join(outDir, relative), 'utf8');
}

/** The environment the CLIs run with in tests: this process's own build cache, no developer settings. */
export function testEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...withoutDaybookSettings(process.env), DAYBOOK_CACHE: TEST_CACHE_DIR, ...env };
}

/** A developer's own DAYBOOK_* settings must not leak into what the tests build. */
function withoutDaybookSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('DAYBOOK_')));
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../helpers/build.ts';

/** scripts/run-test-files.ts as npm test runs it, on the given arguments. */
function runTestFiles(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Without this test's own runner context, which would make the runner report to it rather than print.
    const { NODE_TEST_CONTEXT: _context, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/run-test-files.ts', ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const fixture = (name: string): string => path.join('tests/fixtures/test-runner', name);

test('the test runner starts files in the order given, not sorted by name, and a failing test fails the run', async () => {
  const { code, stdout, stderr } = await runTestFiles(['1', fixture('named-last.ts'), fixture('a-failing.ts')]);
  const first = stdout.indexOf('ok 1 - the file given first');
  const second = stdout.indexOf('not ok 2 - the file given second, failing');
  assert.ok(first >= 0 && second > first, `the TAP report lists the files in the order given:\n${stdout}${stderr}`);
  assert.equal(code, 1);
});

test('the test runner refuses a missing concurrency or file list with its usage and exit code 2', async () => {
  const { code, stderr } = await runTestFiles(['two', fixture('named-last.ts')]);
  assert.equal(code, 2);
  assert.match(stderr, /^Usage: node --import tsx scripts\/run-test-files\.ts CONCURRENCY FILE\.\.\./);
});

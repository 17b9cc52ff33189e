import { rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from 'node:test';
import { spec, tap } from 'node:test/reporters';
import { sharedBuildPrefix } from '../tests/helpers/shared-build-name.ts';

/**
 * Runs test files as `node --test --test-concurrency=N FILE...` does, a process each, but starts
 * them in the order given: `node --test` sorts its files by path, so a long file (or shard) named
 * late would start last and leave the other worker idle at the end of the run.
 * Usage: node --import tsx scripts/run-test-files.ts CONCURRENCY FILE...
 */
const [concurrency, ...files] = process.argv.slice(2);
if (!concurrency || !/^[1-9]\d*$/.test(concurrency) || files.length === 0) {
  console.error('Usage: node --import tsx scripts/run-test-files.ts CONCURRENCY FILE...');
  process.exit(2);
}

const stream = run({ files, concurrency: Number(concurrency) });
// As `node --test` does: a failing test fails the run, a failing todo test does not.
stream.on('test:fail', (data: { todo?: boolean | string }) => {
  if (data.todo === undefined || data.todo === false) process.exitCode = 1;
});
// The reporter `node --test` picks: readable on a terminal, TAP for CI logs and pipes.
(process.stdout.isTTY ? stream.compose(new spec()) : stream.compose(tap)).pipe(process.stdout);

// The builds the test files shared (tests/helpers/shared-build.ts) are this run's scratch: one run left 18 of them.
process.once('exit', () => {
  const prefix = sharedBuildPrefix(process.pid);
  for (const name of readdirSync(tmpdir())) if (name.startsWith(prefix)) rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
});

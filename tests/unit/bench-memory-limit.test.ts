import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { GNU_TIME, measure } from '../../scripts/bench/measure.ts';
import { benchOptions } from '../../scripts/bench/options.ts';

// A process that takes 10 MB a few times a second, touching it so it is resident, until stopped.
const GROWING = "const kept = []; setInterval(() => kept.push(Buffer.alloc(10e6, 1)), 5); setTimeout(() => process.exit(3), 20000);";

describe('bench: the memory limit on a shared machine', () => {
  test('a command whose process tree passes the limit is killed, and the measurement fails saying so', { skip: !existsSync(GNU_TIME) && `${GNU_TIME} is not installed` }, async () => {
    const started = performance.now();
    await assert.rejects(
      measure(process.execPath, ['-e', GROWING], { cwd: process.cwd(), memoryLimitMiB: 200 }),
      /was stopped when its process tree reached \d+ MiB, over the bench's limit of 200 MiB \(--memory-limit\)/,
    );
    assert.ok(performance.now() - started < 15000, 'stopped long before it would have exited');
  });

  test('a command under the limit is measured as usual', { skip: !existsSync(GNU_TIME) && `${GNU_TIME} is not installed` }, async () => {
    const result = await measure(process.execPath, ['-e', 'console.log("done")'], { cwd: process.cwd(), memoryLimitMiB: 2000 });
    assert.equal(result.stdout.trim(), 'done');
  });

  test('--memory-limit defaults to half the machine memory', () => {
    assert.equal(benchOptions([], 24_000).memoryLimitMiB, 12_000);
    assert.equal(benchOptions(['--memory-limit', '6000'], 24_000).memoryLimitMiB, 6000);
    assert.throws(() => benchOptions(['--memory-limit', 'lots']), /--memory-limit "lots"/);
  });
});

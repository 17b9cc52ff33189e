import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { inTurns } from '../../src/util/in-turns.ts';

/** Work that records how many runs overlap, and the order runs start in. */
function recorder(durationMs: number) {
  const log = { started: [] as number[], running: 0, most: 0 };
  const work = async (item: number): Promise<void> => {
    log.started.push(item);
    log.running += 1;
    log.most = Math.max(log.most, log.running);
    await sleep(durationMs);
    log.running -= 1;
  };
  return { log, work };
}

describe('work done in turns', () => {
  test('starts every item in order, never more at once than allowed', async () => {
    const { log, work } = recorder(20);
    await inTurns([1, 2, 3, 4, 5], work, { concurrency: () => 2 });
    assert.deepEqual(log.started, [1, 2, 3, 4, 5]);
    assert.equal(log.most, 2);
  });

  test('an allowance below one still runs one at a time', async () => {
    const { log, work } = recorder(5);
    await inTurns([1, 2, 3], work, { concurrency: () => 0 });
    assert.deepEqual(log.started, [1, 2, 3]);
    assert.equal(log.most, 1);
  });

  test('an allowance widened mid-way is taken up while a long run is still going', async () => {
    let allowance = 1;
    const started: number[] = [];
    const work = async (item: number): Promise<void> => {
      started.push(item);
      await sleep(item === 1 ? 1_000 : 10);
    };
    const done = inTurns([1, 2, 3], work, { concurrency: () => allowance });
    await sleep(50);
    assert.deepEqual(started, [1]);
    allowance = 2;
    await sleep(400);
    assert.deepEqual(started, [1, 2, 3], 'the second slot started before the first run ended');
    await done;
  });

  test('a failure starts nothing more and is thrown once the running work has settled', async () => {
    const started: number[] = [];
    let settled = 0;
    const work = async (item: number): Promise<void> => {
      started.push(item);
      await sleep(item === 2 ? 5 : 30);
      settled += 1;
      if (item === 2) throw new Error('part 2 failed');
    };
    await assert.rejects(inTurns([1, 2, 3, 4], work, { concurrency: () => 2 }), /part 2 failed/);
    assert.deepEqual(started, [1, 2]);
    assert.equal(settled, 2, 'the run beside the failed one finished before the rejection');
  });

  test('an abort starts nothing more and rejects after the running work', async () => {
    const stop = new AbortController();
    const { log, work } = recorder(30);
    const done = inTurns([1, 2, 3], work, { concurrency: () => 1, signal: stop.signal });
    await sleep(10);
    stop.abort();
    await assert.rejects(done, { name: 'AbortError' });
    assert.deepEqual(log.started, [1]);
    assert.equal(log.running, 0);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StepTimer } from '../../src/site/step-timer.ts';

function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

test('a synchronous step is timed without yielding: work queued meanwhile is not counted as its time', async () => {
  const timer = new StepTimer();
  // Work another part of the build queued (an import's next module, say): it must run after the step, not inside it.
  let queuedRan = false;
  const queued = Promise.resolve().then(() => {
    queuedRan = true;
    busyFor(60);
  });
  const value = timer.timeSync('plan', () => {
    busyFor(20);
    return 42;
  });
  assert.equal(value, 42);
  assert.equal(queuedRan, false, 'nothing else ran inside the step');
  await queued;
  const seconds = timer.seconds().plan ?? 0;
  assert.ok(seconds >= 0.02 && seconds < 0.06, `plan took ${seconds} s`);
});

test('a step that throws is timed all the same, and steps of one name add up', async () => {
  const timer = new StepTimer();
  assert.throws(() => timer.timeSync('plan', () => {
    busyFor(10);
    throw new Error('bad plan');
  }), /bad plan/);
  await timer.time('plan', async () => busyFor(10));
  assert.ok((timer.seconds().plan ?? 0) >= 0.02);
});

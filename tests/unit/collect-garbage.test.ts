import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { collectGarbage } from '../../src/util/collect-garbage.ts';

test('collectGarbage collects what nothing holds any more, without --expose-gc on the command line', async () => {
  assert.equal(process.execArgv.includes('--expose-gc'), false);
  let held: object | undefined = { payload: new Array(1000).fill('x') };
  const ref = new WeakRef(held);
  held = undefined;
  // A WeakRef's target lives to the end of the job that made or read it.
  await nextTurn();
  collectGarbage();
  assert.equal(ref.deref(), undefined);
});

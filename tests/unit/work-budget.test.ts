import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkBudget } from '../../src/util/work-budget.ts';

describe('a budget shared by work in flight', () => {
  test('takes what fits at once, and makes the rest wait until enough is given back', async () => {
    const budget = new WorkBudget(10);
    const giveSix = await budget.take(6);
    assert.equal(budget.fits(4), true);
    assert.equal(budget.fits(5), false);
    let taken = false;
    const waiting = budget.take(5).then(() => (taken = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(taken, false, 'waits while 6 of 10 are taken');
    giveSix();
    await waiting;
    assert.equal(taken, true);
    assert.equal(budget.fits(6), false, 'the 5 taken now count');
  });

  test('an amount larger than the whole budget is taken when nothing else is', async () => {
    const budget = new WorkBudget(10);
    assert.equal(budget.fits(25), true);
    const give = await budget.take(25);
    assert.equal(budget.fits(1), false);
    give();
    give();
    assert.equal(budget.fits(10), true);
    await budget.take(6);
    assert.equal(budget.fits(5), false, 'the 25 were given back once, however often the call: 6 of 10 are taken');
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairedBootstrapInterval } from '../../src/eval/bootstrap.ts';

test('the interval brackets the mean difference and is the same on every run', () => {
  const differences = [0.05, -0.02, 0.1, 0, 0.03, -0.04, 0.08, 0.01, 0.02, 0.06];
  const interval = pairedBootstrapInterval(differences);
  assert.ok(Math.abs(interval.mean - 0.029) < 1e-12);
  assert.ok(interval.low < interval.mean && interval.mean < interval.high, JSON.stringify(interval));
  assert.ok(interval.low > -0.04 && interval.high < 0.1);
  assert.deepEqual(pairedBootstrapInterval(differences), interval);
});

test('identical systems give a zero-width interval at zero, and no stories give zeros', () => {
  assert.deepEqual(pairedBootstrapInterval([0, 0, 0]), { mean: 0, low: 0, high: 0 });
  assert.deepEqual(pairedBootstrapInterval([]), { mean: 0, low: 0, high: 0 });
});

test('a consistent gain gives an interval that excludes zero', () => {
  const interval = pairedBootstrapInterval(Array.from({ length: 200 }, (_, index) => 0.01 + (index % 5) * 0.002));
  assert.ok(interval.low > 0);
});

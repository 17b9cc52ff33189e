import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { medianRun, type Measurement } from '../../scripts/bench/measure.ts';
import { benchOptions, BenchUsageError } from '../../scripts/bench/options.ts';

const run = (wallSeconds: number, peakRssMiB: number, stdout = `run ${wallSeconds}`): Measurement => ({
  wallSeconds,
  peakRssMiB,
  nodePeakRssMiB: peakRssMiB - 10,
  cpuSeconds: wallSeconds * 1.5,
  stdout,
});

describe('bench: repeated runs', () => {
  test('reports the run of median wall time, with the highest peak memory of all runs', () => {
    const median = medianRun([run(12, 500), run(9, 700), run(10, 600)]);
    assert.equal(median.wallSeconds, 10);
    assert.equal(median.stdout, 'run 10', "the median run's own output, so its step timings match its time");
    assert.equal(median.cpuSeconds, 15);
    assert.equal(median.peakRssMiB, 700);
    assert.equal(median.nodePeakRssMiB, 690);
  });

  test('takes the lower middle run of an even count, and a single run as it is', () => {
    assert.equal(medianRun([run(14, 1), run(11, 1), run(13, 1), run(12, 1)]).wallSeconds, 12);
    assert.deepEqual(medianRun([run(8, 300)]), run(8, 300));
    assert.throws(() => medianRun([]), /no runs/);
  });

  test('--runs is a whole number of 1 or more, 1 by default', () => {
    assert.equal(benchOptions([]).runs, 1);
    assert.equal(benchOptions(['--runs', '3']).runs, 3);
    assert.throws(() => benchOptions(['--runs', '0']), /--runs "0"/);
    assert.throws(() => benchOptions(['--runs', '1.5']), /--runs "1.5"/);
  });

  test('sizes default to a quick run, and the full run is asked for by name', () => {
    assert.deepEqual(benchOptions([]).sizes, [1000, 4000]);
    assert.deepEqual(benchOptions(['--sizes', '4000,30000,100000']).sizes, [4000, 30000, 100000]);
  });

  test('a command line the bench cannot run is a usage error (exit code 2), naming the option', () => {
    for (const argv of [['--sizes', '4k'], ['--runs', '-1'], ['--dev-size', '0'], ['--seed', 'x'], ['--bogus']]) {
      assert.throws(() => benchOptions(argv), (error: unknown) => error instanceof BenchUsageError && error.message.includes(argv[0] ?? ''), argv.join(' '));
    }
  });
});

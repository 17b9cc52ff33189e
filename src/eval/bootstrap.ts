/** A 95% interval for a mean difference, with the observed difference it brackets. */
export interface DifferenceInterval {
  mean: number;
  low: number;
  high: number;
}

/** mulberry32: a small seeded generator, so the same data always gives the same interval. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const RESAMPLES = 2000;

/**
 * Paired bootstrap (Koehn 2004) of the mean of per-story differences: stories are resampled with
 * replacement and the 2.5th and 97.5th percentiles of the resampled means bound the interval.
 */
export function pairedBootstrapInterval(differences: readonly number[], seed = 13): DifferenceInterval {
  const count = differences.length;
  if (count === 0) return { mean: 0, low: 0, high: 0 };
  const mean = differences.reduce((sum, value) => sum + value, 0) / count;
  const random = seededRandom(seed);
  const means = new Float64Array(RESAMPLES);
  for (let resample = 0; resample < RESAMPLES; resample += 1) {
    let sum = 0;
    for (let draw = 0; draw < count; draw += 1) sum += differences[Math.floor(random() * count)] as number;
    means[resample] = sum / count;
  }
  means.sort();
  return { mean, low: means[Math.floor(0.025 * RESAMPLES)] as number, high: means[Math.ceil(0.975 * RESAMPLES) - 1] as number };
}

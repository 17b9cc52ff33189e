import { PUBLISH_KINDS, type SizeResult } from './results.ts';

/** The targets of issue 11, each at the archive sizes it names. */
export const TARGETS = {
  publish: { seconds: 5, sizes: [4000, 30000, 100000] },
  peak: { bytes: 4e9, sizes: [100000] },
  ratio: { most: 1.2, sizes: [4000, 30000] },
  /**
   * "Time per story does not grow with N": the largest size's ms/story may exceed the
   * smallest's by this factor before it counts as growth, since single runs on a shared
   * machine vary by more than that.
   */
  perStoryGrowth: 1.1,
} as const;

export interface TargetRow {
  target: string;
  stories: string;
  result: string;
  /** undefined: this run did not build the sizes the target names. */
  met: boolean | undefined;
}

const count = (stories: number): string => stories.toLocaleString('en-US');
const sizeList = (sizes: readonly number[]): string => sizes.map(count).join(', ');
const MiB = 2 ** 20;

/** One row per target and size the run measured, or one "not measured" row naming the sizes to run. */
export function targetRows(sizes: readonly SizeResult[]): TargetRow[] {
  const at = (wanted: readonly number[]): SizeResult[] => sizes.filter((size) => wanted.includes(size.stories));
  const notMeasured = (target: string, wanted: readonly number[]): TargetRow => ({
    target,
    stories: sizeList(wanted),
    result: `not in this run (--sizes ${wanted.join(',')})`,
    met: undefined,
  });
  const rows: TargetRow[] = [];

  const publishTarget = `publish (add or correct one) under ${TARGETS.publish.seconds} s`;
  const publishSizes = at(TARGETS.publish.sizes);
  if (publishSizes.length === 0) rows.push(notMeasured(publishTarget, TARGETS.publish.sizes));
  for (const size of publishSizes) {
    const seconds = PUBLISH_KINDS.map((kind) => size.publishes[kind].wallSeconds);
    rows.push({
      target: publishTarget,
      stories: count(size.stories),
      result: `slowest ${Math.max(...seconds).toFixed(1)} s (${seconds.map((value) => value.toFixed(1)).join(' / ')} s)`,
      met: Math.max(...seconds) < TARGETS.publish.seconds,
    });
  }

  const peakTarget = `cold build peaks under ${TARGETS.peak.bytes / 1e9} GB (process tree)`;
  const peakSizes = at(TARGETS.peak.sizes);
  if (peakSizes.length === 0) rows.push(notMeasured(peakTarget, TARGETS.peak.sizes));
  for (const size of peakSizes) {
    rows.push({
      target: peakTarget,
      stories: count(size.stories),
      result: `${Math.round(size.cold.peakRssMiB)} MiB (limit ${Math.floor(TARGETS.peak.bytes / MiB)} MiB)`,
      met: size.cold.peakRssMiB * MiB < TARGETS.peak.bytes,
    });
  }

  const ratioTarget = `cold build at most ${TARGETS.ratio.most}× bare Eleventy + Pagefind`;
  const ratioSizes = at(TARGETS.ratio.sizes);
  if (ratioSizes.length === 0) rows.push(notMeasured(ratioTarget, TARGETS.ratio.sizes));
  for (const size of ratioSizes) {
    if (size.barePagefind === undefined) {
      rows.push({ target: ratioTarget, stories: count(size.stories), result: 'bare Eleventy + Pagefind failed', met: undefined });
      continue;
    }
    const ratio = size.cold.wallSeconds / size.barePagefind.wallSeconds;
    rows.push({ target: ratioTarget, stories: count(size.stories), result: ratio.toFixed(2), met: ratio <= TARGETS.ratio.most });
  }

  const growthTarget = 'cold ms per story does not grow with N';
  const bySize = [...sizes].sort((a, b) => a.stories - b.stories);
  const smallest = bySize[0];
  const largest = bySize.at(-1);
  if (smallest === undefined || largest === undefined || smallest === largest) {
    rows.push({ target: growthTarget, stories: 'two sizes or more', result: 'not in this run', met: undefined });
  } else {
    const perStory = (size: SizeResult): number => (size.cold.wallSeconds * 1000) / size.stories;
    rows.push({
      target: growthTarget,
      stories: `${count(smallest.stories)} → ${count(largest.stories)}`,
      result: `${perStory(smallest).toFixed(2)} → ${perStory(largest).toFixed(2)} ms`,
      met: perStory(largest) <= perStory(smallest) * TARGETS.perStoryGrowth,
    });
  }
  return rows;
}

import type { Stats } from 'node:fs';

/** What the file system says of a story file, enough to tell that it has not been written since. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  /** Changes on every write and on every change of mtime itself (touch -d, rsync -t, tar), and cannot be set back. */
  ctimeMs: number;
  /** A new file renamed over the old one (how many editors save) has another inode. */
  ino: number;
}

export function fileStatOf(stats: Stats): FileStat {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

/**
 * A file written less than this before it was stat'ed may be written again within the same
 * timestamp tick. Linux stamps files from a coarse clock (a few milliseconds per tick on most
 * kernels, whatever the precision mtimeMs is printed with), FAT from a 2-second one, and a
 * network share from another machine's clock: a margin of seconds covers them all.
 */
export const SETTLE_MS = 3000;

/**
 * The stat a cache entry may keep, or undefined when the file is too fresh to be trusted by its
 * stat: it is then read and hashed again on the next build. This is git's "racy clean" rule:
 * an edit of the same size within the same timestamp tick as the version the cache holds would
 * leave size and times unchanged, and only a file whose times are older than the tick it was
 * stat'ed in is safe from that (any later write stamps it with a later time).
 * `statedAt` is Date.now() taken before the file was stat'ed.
 */
export function settledStat(stat: FileStat, statedAt: number): FileStat | undefined {
  return Math.max(stat.mtimeMs, stat.ctimeMs) < statedAt - SETTLE_MS ? stat : undefined;
}

/** Whether a file still is what a cache entry was made from, by its stat alone (without reading it). */
export function statUnchanged(cached: FileStat | undefined, current: FileStat): boolean {
  return (
    cached !== undefined &&
    cached.size === current.size &&
    cached.mtimeMs === current.mtimeMs &&
    cached.ctimeMs === current.ctimeMs &&
    cached.ino === current.ino
  );
}

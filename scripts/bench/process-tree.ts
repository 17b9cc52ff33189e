import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of a process and all its descendants, in KiB, read from /proc. The build
 * runs helpers in child processes (Pagefind's indexer is a separate binary), and a child that
 * its parent stops instead of reaping never shows in the parent's rusage: so the bench polls
 * the whole tree and keeps the largest sum it saw.
 */
export function treeRssKiB(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(pid, Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0));
      const siblings = children.get(parent);
      if (siblings) siblings.push(pid);
      else children.set(parent, [pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    total += rss.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Polls treeRssKiB every `intervalMs` until stopped; returns the peak. Calls `overLimit` once
 * when the tree passes `limitKiB`.
 */
export function watchTreeRss(rootPid: number, intervalMs = 100, limit?: { limitKiB: number; overLimit(kib: number): void }): { stop(): number } {
  let peak = 0;
  let reported = false;
  const sample = (): void => {
    const kib = treeRssKiB(rootPid);
    peak = Math.max(peak, kib);
    if (limit !== undefined && !reported && kib > limit.limitKiB) {
      reported = true;
      limit.overLimit(kib);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

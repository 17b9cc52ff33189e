/**
 * What a build's log says about the build: `npm run build` ends with "(every page rendered)"
 * after a cold build and "(N archive pages rendered again)" after an incremental one, and
 * prints "Timings: {...}" when DAYBOOK_TIMINGS is set.
 */
export type BuildKind = { kind: 'cold' } | { kind: 'incremental'; rendered: number };

export function buildKindOf(stdout: string): BuildKind | undefined {
  if (/\(every page rendered\)\.?\s*$/m.test(stdout)) return { kind: 'cold' };
  const incremental = /\((\d+) archive pages? rendered again\)\.?\s*$/m.exec(stdout);
  return incremental ? { kind: 'incremental', rendered: Number(incremental[1]) } : undefined;
}

/**
 * The pages an incremental build rendered; throws, quoting the log's end, when the build
 * rendered everything (a publish the bench means to time was a cold build in disguise) or
 * when the log does not say.
 */
export function assertIncremental(stdout: string, what: string): number {
  const kind = buildKindOf(stdout);
  if (kind?.kind === 'incremental') return kind.rendered;
  const tail = stdout.trimEnd().split('\n').slice(-3).join('\n');
  const found = kind === undefined ? 'its log does not say how it built' : 'it rendered every page';
  throw new Error(`${what}: expected an incremental build, but ${found}. The build's last lines:\n${tail}`);
}

export function stepTimings(stdout: string): Record<string, number> {
  const timings = /^Timings: (.*)$/m.exec(stdout)?.[1];
  return timings ? (JSON.parse(timings) as Record<string, number>) : {};
}

/** "Published 12 changed files, removed 0." of an incremental build, when there is one. */
export function publishNote(stdout: string): string | undefined {
  return /^Published \d+ changed files?, removed \d+\.$/m.exec(stdout)?.[0];
}

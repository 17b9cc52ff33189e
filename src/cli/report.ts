import { ContentError, formatProblem, type ContentProblem } from '../content/problems.ts';

export function printWarnings(warnings: readonly ContentProblem[]): void {
  for (const warning of warnings) console.warn(formatProblem(warning));
}

/** Content errors print as the editor's to-do list; anything else is a bug and keeps its stack. */
export function printFailure(error: unknown, what: string): void {
  const content = findContentError(error);
  if (content) {
    printWarnings(content.problems.filter((problem) => problem.severity === 'warning'));
    console.error(content.message);
  } else {
    console.error(`${what} failed:`, error);
  }
}

/** Eleventy wraps errors thrown by data and templates; the content error is somewhere inside. */
function findContentError(error: unknown): ContentError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current; depth += 1) {
    if (current instanceof ContentError) return current;
    const next = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
    current = next;
  }
  return undefined;
}

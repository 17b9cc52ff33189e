/**
 * A problem found in the content. Every problem names the file (relative to the project),
 * and where it can, the field and line, so an editor can go straight to it.
 */
export interface ContentProblem {
  severity: 'error' | 'warning';
  file: string;
  field?: string;
  line?: number;
  message: string;
}

/** No message runs longer than this, whatever the input quoted in it: a hostile file gets one short line. */
export const MAX_MESSAGE_LENGTH = 600;

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field === undefined ? '' : ` field "${shortened(problem.field, 80)}":`;
  return `${problem.severity}: ${where}:${field} ${shortened(problem.message, MAX_MESSAGE_LENGTH)}`;
}

/** The text cut to at most `max` characters, with "…" where it was cut. */
export function shortened(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function errorsOf(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

/** Thrown when the content cannot be built; carries every problem of the build, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = errorsOf(problems);
    const noun = errors.length === 1 ? 'error' : 'errors';
    super(
      `The content has ${errors.length} ${noun}; nothing was published.\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** How much of the editor's value a "found ..." quotes. */
const MAX_QUOTED_LENGTH = 120;

/**
 * Describes a YAML value the way an editor wrote it, for "found ..." in messages. Long values
 * are cut (the YAML loaders already refused data that expands past yaml-limits.ts's bound).
 */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list (${quoted(value)})`;
  if (typeof value === 'object') return `a mapping (${quoted(value)})`;
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : quoted(value);
  return `${typeof value === 'boolean' ? 'yes/no value' : typeof value} ${String(value)}`;
}

function quoted(value: unknown): string {
  return shortened(JSON.stringify(value), MAX_QUOTED_LENGTH);
}

/** The value an editor wrote at a path such as ["sources", 0, "url"]. */
export function valueAtPath(root: unknown, keys: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

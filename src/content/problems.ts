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

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field === undefined ? '' : ` field "${problem.field}":`;
  return `${problem.severity}: ${where}:${field} ${problem.message}`;
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

/** Describes a YAML value the way an editor wrote it, for "found ..." in messages. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list (${JSON.stringify(value)})`;
  if (typeof value === 'object') return `a mapping (${JSON.stringify(value)})`;
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : JSON.stringify(value);
  return `${typeof value === 'boolean' ? 'yes/no value' : typeof value} ${String(value)}`;
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

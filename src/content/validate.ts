import { closest, distance } from 'fastest-levenshtein';
import { FRONT_MATTER_FIELDS, frontMatterSchema, type StoryFrontMatter } from './schema.ts';
import { describeFound, valueAtPath, type ContentProblem } from './problems.ts';

export type ValidationResult = { frontMatter: StoryFrontMatter | undefined; problems: ContentProblem[] };

/** Checks one story's front matter against the editor contract and reports every problem at once. */
export function validateFrontMatter(data: Record<string, unknown>, file: string): ValidationResult {
  const problems: ContentProblem[] = unknownFieldWarnings(data, file);
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.');
      const found = valueAtPath(data, issue.path);
      problems.push({
        severity: 'error',
        file,
        field,
        message: `${found === undefined ? missingNote(field, data) : `found ${describeFound(found)}`}; ${issue.message}.`,
      });
    }
    return { frontMatter: undefined, problems };
  }
  return { frontMatter: result.data, problems };
}

/** Past this many unknown fields, the file is likely not a story at all: one warning says so. */
const MAX_UNKNOWN_FIELD_WARNINGS = 10;

function unknownFieldWarnings(data: Record<string, unknown>, file: string): ContentProblem[] {
  const unknown = Object.keys(data).filter((key) => !FRONT_MATTER_FIELDS.includes(key));
  if (unknown.length > MAX_UNKNOWN_FIELD_WARNINGS) {
    return [
      {
        severity: 'warning',
        file,
        message: `has ${unknown.length} fields that are not Daybook fields (${unknown.slice(0, 5).join(', ')}, ...); they are ignored. Known fields: ${FRONT_MATTER_FIELDS.join(', ')}.`,
      },
    ];
  }
  return unknown.map((key) => ({
      severity: 'warning' as const,
      file,
      field: key,
      message: `is not a Daybook field and is ignored.${suggestionFor(key)}`,
    }));
}

/** A typo is close to one field; anything farther is likely a field of another tool. */
function suggestionFor(key: string): string {
  const candidate = closest(key.toLowerCase(), [...FRONT_MATTER_FIELDS]);
  const close = distance(key.toLowerCase(), candidate.toLowerCase()) <= Math.max(2, Math.floor(candidate.length / 3));
  return close ? ` Did you mean "${candidate}"?` : ` Known fields: ${FRONT_MATTER_FIELDS.join(', ')}.`;
}

function missingNote(field: string, data: Record<string, unknown>): string {
  const typo = Object.keys(data).find(
    (key) => !FRONT_MATTER_FIELDS.includes(key) && closest(key.toLowerCase(), [...FRONT_MATTER_FIELDS]) === field,
  );
  return typo === undefined ? 'it is missing' : `it is missing (the file has "${typo}": did you mean "${field}"?)`;
}

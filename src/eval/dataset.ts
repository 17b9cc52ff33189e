export interface EvalExample {
  id: string;
  text: string;
  reference: string;
}

/** A problem in the evaluation input, already worded for the person who wrote the file. */
export class EvalInputError extends Error {
  override name = 'EvalInputError';
}

function requireString(record: Record<string, unknown>, field: string, where: string): string {
  const value = record[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new EvalInputError(`${where}: field "${field}" must be a non-empty string`);
  }
  return value;
}

/** Parses JSON Lines of {"id", "text", "reference"}; blank lines are allowed, anything else malformed is an error. */
export function parseEvalJsonl(content: string, fileName: string): EvalExample[] {
  const examples: EvalExample[] = [];
  const lineOfId = new Map<string, number>();
  const lines = content.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${fileName}:${index + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new EvalInputError(`${where}: not valid JSON (${(error as Error).message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new EvalInputError(`${where}: expected an object with "id", "text" and "reference"`);
    }
    const record = parsed as Record<string, unknown>;
    const id = typeof record.id === 'number' ? String(record.id) : requireString(record, 'id', where);
    const earlier = lineOfId.get(id);
    if (earlier !== undefined) {
      throw new EvalInputError(`${where}: id "${id}" already used on line ${earlier}; give every story its own id`);
    }
    lineOfId.set(id, index + 1);
    examples.push({ id, text: requireString(record, 'text', where), reference: requireString(record, 'reference', where) });
  });
  if (examples.length === 0) throw new EvalInputError(`${fileName}: no examples (the file has no JSON lines)`);
  return examples;
}

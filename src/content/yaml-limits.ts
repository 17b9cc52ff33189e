/**
 * YAML aliases (`&a [x, x]`, then `*a`) let a few lines stand for a billion values: js-yaml
 * shares them by reference, but anything that walks the data (validation, the "found ..."
 * of a message) expands them. A story's front matter or site.yml holds a few dozen values;
 * past this many, the file is refused before anything walks it.
 */
export const MAX_YAML_VALUES = 10_000;

/** Thrown by the YAML loaders for a document that expands past MAX_YAML_VALUES. */
export class YamlTooLargeError extends Error {
  constructor() {
    super(`expands to more than ${MAX_YAML_VALUES.toLocaleString('en')} values`);
    this.name = 'YamlTooLargeError';
  }
}

/** Throws YamlTooLargeError when the data, aliases expanded, holds more than `limit` values; stops counting there. */
export function assertYamlWithinLimit(data: unknown, limit = MAX_YAML_VALUES): void {
  const pending: unknown[] = [data];
  let seen = 0;
  while (pending.length > 0) {
    const value = pending.pop();
    seen += 1;
    if (seen > limit) throw new YamlTooLargeError();
    if (typeof value !== 'object' || value === null) continue;
    for (const child of Array.isArray(value) ? value : Object.values(value)) pending.push(child);
  }
}

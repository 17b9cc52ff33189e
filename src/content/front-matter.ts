import matter from 'gray-matter';
import yaml from 'js-yaml';
import { yamlProblem } from './site-config.ts';
import { assertYamlWithinLimit } from './yaml-limits.ts';
import type { ContentProblem } from './problems.ts';

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; /** The file line the body starts on (1-based). */ bodyLine: number }
  | { ok: false; problem: ContentProblem };

/**
 * The YAML core schema keeps `date: 2026-11-20` a string: the default schema would turn it
 * into a UTC midnight Date, which is the evening before in New York.
 */
const safeYaml = {
  parse: (source: string): object => {
    const data = yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {};
    assertYamlWithinLimit(data);
    return data as object;
  },
};

export function parseFrontMatter(source: string, file: string): FrontMatterResult {
  if (!/^\uFEFF?---\r?\n/.test(source)) {
    return {
      ok: false,
      problem: {
        severity: 'error',
        file,
        line: 1,
        message: 'has no front matter; start the file with a line "---", the fields (title, date, ...), and another "---".',
      },
    };
  }
  try {
    const text = source.replace(/^\uFEFF/, '');
    const parsed = matter(text, { engines: { yaml: safeYaml } });
    const data = parsed.data as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return {
        ok: false,
        problem: { severity: 'error', file, line: 2, message: 'the front matter must be fields like "title: ...", one per line.' },
      };
    }
    const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
    return { ok: true, data: data as Record<string, unknown>, body: parsed.content, bodyLine };
  } catch (error) {
    // gray-matter hands the YAML over with the opening line still counted, so js-yaml's lines are file lines already.
    return { ok: false, problem: yamlProblem(file, error, 0) };
  }
}

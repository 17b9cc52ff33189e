import { slugOf, slugProblem, storyNameFromPath } from '../transforms/slugs.ts';
import type { ContentProblem } from './problems.ts';
import type { StoryFile } from './normalize.ts';

/** A tag or section name as one story file gives it. */
export interface NameUse {
  kind: 'tags' | 'sections';
  name: string;
  file: string;
}

/** Names that cannot give a URL: a section, a tag or the story's file name that slugs to nothing or to too much. */
export function storySlugProblems(sectionName: string, tags: readonly string[], file: StoryFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sectionProblem = slugProblem(sectionName);
  if (sectionProblem) problems.push({ severity: 'error', file: file.displayPath, field: 'section', message: `"${sectionName}" ${sectionProblem}.` });
  for (const tag of tags) {
    const tagProblem = slugProblem(tag);
    if (tagProblem) problems.push({ severity: 'error', file: file.displayPath, field: 'tags', message: `the tag "${tag}" ${tagProblem}.` });
  }
  const fileName = storyNameFromPath(file.relativePath);
  const fileProblem = fileName === '' ? undefined : slugProblem(fileName);
  if (fileProblem) {
    problems.push({
      severity: 'error',
      file: file.displayPath,
      message: `the file name (after its date) gives the story's URL, and "${fileName}" ${fileProblem}: rename the file, e.g. 2026-11-20-short-name.md.`,
    });
  }
  return problems.concat(nameClashProblems(tags.map((name) => ({ kind: 'tags', name, file: file.displayPath }))));
}

/**
 * Different names that would share one page ("C++" and "C#" are both /tags/c/): an error
 * naming both names and their files. Names that differ only in case ("Iran", "iran") are
 * one tag and share its page on purpose.
 */
export function nameClashProblems(uses: readonly NameUse[]): ContentProblem[] {
  const bySlug = new Map<string, Map<string, NameUse>>();
  for (const use of uses) {
    const slug = slugOf(use.name);
    if (slug === '') continue;
    const key = `${use.kind}/${slug}`;
    const names = bySlug.get(key) ?? new Map<string, NameUse>();
    const sameName = use.name.normalize('NFC').toLowerCase();
    if (!names.has(sameName)) names.set(sameName, use);
    bySlug.set(key, names);
  }
  return [...bySlug]
    .filter(([, names]) => names.size > 1)
    .map(([key, names]) => {
      const clashing = [...names.values()];
      const kind = clashing[0]!.kind === 'tags' ? 'tags' : 'sections';
      return {
        severity: 'error' as const,
        file: clashing[0]!.file,
        field: kind === 'tags' ? 'tags' : 'section',
        message:
          `the ${kind} ${clashing.map((use) => `"${use.name}" (${use.file})`).join(' and ')} would share one page, /${key}/; ` +
          'rename one of them so the names differ in letters or digits, not only in punctuation.',
      };
    });
}

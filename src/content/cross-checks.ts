import type { ContentProblem } from './problems.ts';
import { nameClashProblems, type NameUse } from './slug-checks.ts';
import type { Story, Taxon } from './story.ts';

/** Problems no single file shows: two stories at one URL, two leads on one day, two names on one tag or section page. */
export function findCrossStoryProblems(stories: readonly Story[]): ContentProblem[] {
  return [...duplicateUrlProblems(stories), ...duplicateLeadProblems(stories), ...taxonNameClashes(stories)];
}

function taxonNameClashes(stories: readonly Story[]): ContentProblem[] {
  // Each name once, as its first story gives it: an archive names a few hundred taxa a hundred thousand times.
  const uses = new Map<string, NameUse>();
  // Stories read from one cache shard share their taxon objects: one seen already needs no key made.
  const seen = { sections: new Set<Taxon>(), tags: new Set<Taxon>() };
  const use = (kind: NameUse['kind'], taxon: Taxon, file: string): void => {
    if (seen[kind].has(taxon)) return;
    seen[kind].add(taxon);
    const key = `${kind}\0${taxon.name}`;
    if (!uses.has(key)) uses.set(key, { kind, name: taxon.name, file });
  };
  for (const story of stories) {
    use('sections', story.section, story.file);
    for (const tag of story.tags) use('tags', tag, story.file);
  }
  return nameClashProblems([...uses.values()]);
}

function duplicateUrlProblems(stories: readonly Story[]): ContentProblem[] {
  return groupsOfMany(stories, (story) => story.url).map(([url, clashing]) => ({
    severity: 'error',
    file: clashing[0]!.file,
    message:
      `${clashing.map((story) => story.file).join(' and ')} would all be published at ${url}; ` +
      'rename one of the files (the URL comes from the file name after its date) or change its date.',
  }));
}

function duplicateLeadProblems(stories: readonly Story[]): ContentProblem[] {
  return groupsOfMany(
    stories.filter((story) => story.lead),
    (story) => story.published.day,
  ).map(([day, leads]) => ({
    severity: 'error',
    file: leads[0]!.file,
    field: 'lead',
    message: `${leads.map((story) => story.file).join(' and ')} are all marked lead: true for ${day}; a day has one lead story, so keep lead on one of them.`,
  }));
}

/**
 * The items that share a key with another, grouped by key in order of first appearance. Keys
 * are first only counted: an archive of a hundred thousand URLs has no clash, and a group per
 * item was most of this check's time.
 */
function groupsOfMany<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const seen = new Set<string>();
  const clashing = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) clashing.add(key);
    else seen.add(key);
  }
  if (clashing.size === 0) return [];
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (!clashing.has(key)) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups];
}

import { routes } from '../routes/routes.ts';
import type { PublishedState } from './build-state.ts';

/**
 * Whether a file belongs to one of the state's archive pages or search parts. Looked up, not
 * listed: a large archive's state names a quarter of a million files (a page each, and a
 * search part's fragment for each story), and a publish asks about a few hundred.
 */
export function ownedFiles(state: Pick<PublishedState, 'pages' | 'searchParts'>): (file: string) => boolean {
  // A page's first file is its key; its others are few (a recent story's social card).
  const secondFiles = new Set<string>();
  for (const { files } of state.pages.values()) {
    for (let index = 1; index < files.length; index += 1) secondFiles.add(files[index]!);
  }
  const partFiles = new Map<string, Set<string>>();
  const filesOfPart = (id: string): Set<string> => {
    let files = partFiles.get(id);
    if (files === undefined) {
      files = new Set(state.searchParts[id]?.files ?? []);
      partFiles.set(id, files);
    }
    return files;
  };
  return (file) => {
    if (state.pages.has(file) || secondFiles.has(file)) return true;
    const id = searchPartOf(file);
    return id !== undefined && filesOfPart(id).has(file);
  };
}

const SEARCH_INDEX_FOLDER = routes.searchIndex.replace(/^\/+/, '');

/** The id of the search part a file is under ("pagefind/2026-03/pagefind.js" is in part "2026-03"). */
function searchPartOf(file: string): string | undefined {
  if (!file.startsWith(SEARCH_INDEX_FOLDER)) return undefined;
  const end = file.indexOf('/', SEARCH_INDEX_FOLDER.length);
  if (end < 0) return undefined;
  const id = file.slice(SEARCH_INDEX_FOLDER.length, end);
  return routes.searchPart(id).replace(/^\/+/, '') === file.slice(0, end + 1) ? id : undefined;
}

/** The files of a staging folder that are neither archive pages nor search parts: rendered by every build. */
export function otherFiles(stagingFiles: readonly string[], state: Pick<PublishedState, 'pages' | 'searchParts'>): string[] {
  const owned = ownedFiles(state);
  return stagingFiles.filter((file) => !owned(file));
}

/** Files of the previous build that the next one no longer has, sorted. */
export function removedFiles(previous: PublishedState, next: PublishedState): string[] {
  const candidates: string[] = [...previous.others];
  for (const [file, { files }] of previous.pages) {
    // The usual page of a large archive: the same files as before, nothing to look up.
    if (!sameFiles(files, next.pages.get(file)?.files)) candidates.push(...files);
  }
  for (const id in previous.searchParts) {
    const files = previous.searchParts[id]!.files;
    if (!sameFiles(files, next.searchParts[id]?.files)) candidates.push(...files);
  }
  if (candidates.length === 0) return [];
  const others = new Set(next.others);
  const owned = ownedFiles(next);
  return [...new Set(candidates.filter((file) => !others.has(file) && !owned(file)))].sort();
}

function sameFiles(a: readonly string[], b: readonly string[] | undefined): boolean {
  return a === b || (b !== undefined && a.length === b.length && a.every((file, index) => file === b[index]));
}

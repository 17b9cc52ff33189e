import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedPage } from './page-plan.ts';

/**
 * What a build published, kept in the build cache so the next build into the same folder can
 * render only what changed. It describes the output whose marker names the same build id;
 * with any other output (deleted, replaced, built without the cache) the next build is cold.
 */
export interface PublishedState {
  buildId: string;
  /** See buildScope: a different scope renders everything. */
  scope: string;
  /** Archive pages by the file they are served from (page-plan.ts). */
  pages: ReadonlyMap<string, PlannedPage>;
  /** Search-index parts by id: the key of their stories and the files they are made of. */
  searchParts: Record<string, { key: string; files: string[] }>;
  /** Every other file of the output (single pages, feeds, assets, images): rendered by every build. */
  others: string[];
}

export function newBuildId(): string {
  return randomUUID();
}

function stateFileOf(cacheDir: string, outDir: string): string {
  const key = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'published', `${key}.json`);
}

/**
 * The state of the build that `outDir` holds, or undefined when there is none to trust: no
 * cache, no state, a state of another build, or one whose checksum does not match its text.
 */
export function readPublishedState(cacheDir: string | undefined, outDir: string, publishedBuildId: string | undefined): PublishedState | undefined {
  if (cacheDir === undefined || publishedBuildId === undefined) return undefined;
  try {
    // The first line is the checksum of the rest.
    const file = readFileSync(stateFileOf(cacheDir, outDir), 'utf8');
    const newline = file.indexOf('\n');
    const text = file.slice(newline + 1);
    if (newline < 0 || checksumOf(text) !== file.slice(0, newline)) return undefined;
    const stored = JSON.parse(text) as StoredState;
    return stored.buildId === publishedBuildId ? restoredState(stored) : undefined;
  } catch {
    return undefined;
  }
}

export async function writePublishedState(cacheDir: string | undefined, outDir: string, state: PublishedState): Promise<void> {
  if (cacheDir === undefined) return;
  const file = stateFileOf(cacheDir, outDir);
  await mkdir(path.dirname(file), { recursive: true });
  const text = JSON.stringify(storedState(state));
  await writeFile(`${file}.incoming-${process.pid}`, `${checksumOf(text)}\n${text}`);
  await rename(`${file}.incoming-${process.pid}`, file);
}

/**
 * The state as its file holds it, about half the size of the state's own JSON: a large
 * archive's publish reads and writes it whole (11 MB at 100,000 stories). The pages are one flat
 * array, each page its fingerprint, its number of files and its files, the first being its key:
 * a nested array per page was a third of reading the state. A search part's files are named
 * relative to the part's folder.
 */
interface StoredState extends Omit<PublishedState, 'pages' | 'searchParts'> {
  format: typeof STATE_FORMAT;
  pages: Array<string | number>;
  searchParts: Record<string, { key: string; folder: string; files: string[] }>;
}

const STATE_FORMAT = 3;

function storedState(state: PublishedState): StoredState {
  const pages: StoredState['pages'] = [];
  for (const page of state.pages.values()) pages.push(page.fingerprint, page.files.length, ...page.files);
  const searchParts: StoredState['searchParts'] = {};
  for (const id in state.searchParts) {
    const { key, files } = state.searchParts[id]!;
    const folder = commonFolder(files);
    searchParts[id] = { key, folder, files: files.map((file) => file.slice(folder.length)) };
  }
  return { format: STATE_FORMAT, buildId: state.buildId, scope: state.scope, pages, searchParts, others: state.others };
}

function restoredState(stored: StoredState): PublishedState | undefined {
  if (stored.format !== STATE_FORMAT || !Array.isArray(stored.pages)) return undefined;
  const pages = new Map<string, PlannedPage>();
  const flat = stored.pages;
  for (let at = 0; at < flat.length; ) {
    const fingerprint = flat[at];
    const count = flat[at + 1];
    if (typeof fingerprint !== 'string' || typeof count !== 'number' || count < 1) return undefined;
    const files = flat.slice(at + 2, (at += 2 + count)) as string[];
    if (files.length !== count) return undefined;
    pages.set(files[0]!, { fingerprint, files });
  }
  const searchParts: PublishedState['searchParts'] = {};
  for (const id in stored.searchParts) {
    const { key, folder, files } = stored.searchParts[id]!;
    searchParts[id] = { key, files: files.map((file) => folder + file) };
  }
  return { buildId: stored.buildId, scope: stored.scope, pages, searchParts, others: stored.others };
}

/** The folder ("pagefind/2026-03/") all of `files` are under, or '' when they share none. */
function commonFolder(files: readonly string[]): string {
  const first = files[0];
  if (first === undefined) return '';
  let folder = first.slice(0, first.lastIndexOf('/') + 1);
  while (folder !== '' && !files.every((file) => file.startsWith(folder))) folder = folder.slice(0, folder.lastIndexOf('/', folder.length - 2) + 1);
  return folder;
}

function checksumOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

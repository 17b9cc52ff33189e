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
  pages: Record<string, PlannedPage>;
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
    const stored = readFileSync(stateFileOf(cacheDir, outDir), 'utf8');
    const newline = stored.indexOf('\n');
    const text = stored.slice(newline + 1);
    if (newline < 0 || checksumOf(text) !== stored.slice(0, newline)) return undefined;
    const state = JSON.parse(text) as PublishedState;
    return state.buildId === publishedBuildId ? state : undefined;
  } catch {
    return undefined;
  }
}

export async function writePublishedState(cacheDir: string | undefined, outDir: string, state: PublishedState): Promise<void> {
  if (cacheDir === undefined) return;
  const file = stateFileOf(cacheDir, outDir);
  await mkdir(path.dirname(file), { recursive: true });
  const text = JSON.stringify(state);
  await writeFile(`${file}.incoming-${process.pid}`, `${checksumOf(text)}\n${text}`);
  await rename(`${file}.incoming-${process.pid}`, file);
}

function checksumOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

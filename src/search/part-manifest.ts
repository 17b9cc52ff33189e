import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { FileDigest } from './file-tree.ts';

/** The manifest's name inside a cached part: no Pagefind bundle holds a file of that name. */
export const MANIFEST_FILE = '.daybook-manifest.json';

/** What a cached search part holds: every file's path, size and sha256, and a checksum of that list. */
export interface PartManifest {
  files: FileDigest[];
  checksum: string;
}

const manifestSchema = z.object({
  files: z.array(z.object({ path: z.string(), size: z.number(), sha256: z.string() })),
  checksum: z.string(),
});

export function manifestOf(files: readonly FileDigest[]): PartManifest {
  return { files: [...files], checksum: checksumOf(files) };
}

/** Writes the manifest into `dir` whole or not at all (written beside, then renamed in). */
export async function writeManifest(dir: string, manifest: PartManifest): Promise<void> {
  const file = path.join(dir, MANIFEST_FILE);
  await writeFile(`${file}.incoming`, JSON.stringify(manifest));
  await rename(`${file}.incoming`, file);
}

/** The manifest in `dir`; undefined when it is missing, unreadable, or does not match its own checksum. */
export async function readManifest(dir: string): Promise<PartManifest | undefined> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')));
    if (!parsed.success || parsed.data.checksum !== checksumOf(parsed.data.files)) return undefined;
    return parsed.data;
  } catch {
    return undefined;
  }
}

/** Which file the folder listing `listed` lacks or has beyond the manifest; undefined when they agree. */
export function listingDifference(manifest: PartManifest, listed: readonly string[]): string | undefined {
  const expected = new Set(manifest.files.map((file) => file.path));
  const actual = new Set(listed);
  const missing = [...expected].find((file) => !actual.has(file));
  if (missing !== undefined) return `${missing} is missing`;
  const extra = [...actual].find((file) => !expected.has(file));
  return extra === undefined ? undefined : `${extra} is not in its manifest`;
}

/** The first file whose digest is not the manifest's; undefined when every one matches. */
export function digestDifference(manifest: PartManifest, digests: readonly FileDigest[]): string | undefined {
  const expected = new Map(manifest.files.map((file) => [file.path, file]));
  for (const digest of digests) {
    const wanted = expected.get(digest.path);
    if (wanted === undefined) return `${digest.path} is not in its manifest`;
    if (digest.size !== wanted.size) return `${digest.path} has ${digest.size} bytes, not ${wanted.size}`;
    if (digest.sha256 !== wanted.sha256) return `${digest.path} does not match its checksum`;
  }
  return undefined;
}

function checksumOf(files: readonly FileDigest[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.size}\0${file.sha256}\n`);
  return hash.digest('hex');
}

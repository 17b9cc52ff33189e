import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OUTPUT_MARKER } from '../../src/site/output-folder.ts';
import { filesUnder } from '../../src/util/files-under.ts';
import { fragmentRecords } from './pagefind-fragments.ts';

export interface SiteSnapshot {
  /** Every published file's SHA-256, but the search index's hash-named files and the marker (it names the build). */
  files: Record<string, string>;
  /** The search index's records, decoded, with the part that holds each. */
  searchRecords: string[];
}

/** What a built site publishes, in a form two builds can be compared by. */
export async function snapshotSite(outDir: string): Promise<SiteSnapshot> {
  const files: Record<string, string> = {};
  const searchRecords: string[] = [];
  for (const file of (await filesUnder(outDir)).sort()) {
    if (file === OUTPUT_MARKER) continue;
    const bytes = await readFile(path.join(outDir, file));
    if (file.startsWith('pagefind/')) {
      if (file.endsWith('.pf_fragment')) {
        for (const record of fragmentRecords(file, bytes)) searchRecords.push(`${file.split('/')[1]} ${JSON.stringify(record)}`);
      }
      // Pagefind names its index files by a hash that differs from run to run; the records are what must match.
      else if (!/\.pf_(meta|index)$/.test(file) && !file.endsWith('pagefind-entry.json')) files[file] = sha256(bytes);
      continue;
    }
    files[file] = sha256(bytes);
  }
  return { files, searchRecords: searchRecords.sort() };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

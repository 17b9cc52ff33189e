import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPagefind } from './pagefind-cli.ts';
import { SearchIndexCache } from './search-cache.ts';
import { SEARCH_BUNDLE_DIR } from './search-shards.ts';

/** One part of the index: its id (folder name), the key of its records, and the records Pagefind reads. */
export interface IndexPart {
  id: string;
  key: string;
  records: Array<{ path: string; html: string }>;
}

/** Everything indexing needs: where to write, what, and the build cache to reuse parts from. */
export interface IndexPartsJob {
  outputDir: string;
  parts: IndexPart[];
  cacheDir: string | undefined;
  contentDir: string;
}

export interface SearchIndexReport {
  shards: number;
  /** Parts copied from the build cache instead of indexed. */
  reused: number;
  pages: number;
}

/**
 * Writes each part's Pagefind bundle to <output>/pagefind/<part>/: from the build cache when
 * a part's records are unchanged, else by running Pagefind on them. Parts are indexed one
 * after another, so the indexer's memory is bounded by a part, not the archive.
 */
export async function writeIndexParts(job: IndexPartsJob): Promise<SearchIndexReport> {
  const cache = job.cacheDir === undefined ? undefined : new SearchIndexCache(job.cacheDir, job.contentDir);
  const used = new Set<string>();
  const report: SearchIndexReport = { shards: job.parts.length, reused: 0, pages: 0 };
  for (const part of job.parts) {
    const target = path.join(job.outputDir, SEARCH_BUNDLE_DIR, part.id);
    report.pages += part.records.length;
    if (cache !== undefined) used.add(cache.entryFor(part.id, part.key));
    if (cache !== undefined && (await cache.restore(part.id, part.key, target))) {
      report.reused += 1;
      continue;
    }
    await indexPart(part, target);
    await cache?.store(part.id, part.key, target);
  }
  await cache?.prune(used);
  return report;
}

async function indexPart(part: IndexPart, target: string): Promise<void> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'daybook-search-'));
  try {
    await Promise.all(
      part.records.map(async (record) => {
        const file = path.join(scratch, record.path);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, record.html);
      }),
    );
    const pages = await runPagefind(scratch, target);
    if (pages !== part.records.length) {
      throw new Error(`The search index part ${part.id} holds ${pages} pages but has ${part.records.length} stories.`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

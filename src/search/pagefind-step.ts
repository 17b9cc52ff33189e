import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SiteModel } from '../site/model.ts';
import type { PostBuildStep } from '../site/post-build.ts';
import { PAGEFIND_VERSION, runPagefind } from './pagefind-cli.ts';
import { SearchIndexCache, searchShardKey } from './search-cache.ts';
import { searchRecordHtml, searchRecordPath } from './search-record.ts';
import { planSearchShards, SEARCH_BUNDLE_DIR, type SearchShard } from './search-shards.ts';

export interface SearchIndexReport {
  shards: number;
  /** Parts copied from the build cache instead of indexed. */
  reused: number;
  pages: number;
}

/**
 * Writes the search index: one Pagefind bundle per part of the archive (search-shards.ts),
 * indexed one after another so the indexer's memory is bounded by a part, not the archive.
 * Only stories are indexed, from the model: issue, tag and section pages, which repeat
 * the same summaries, never crowd the results.
 */
export async function writeSearchIndex(outputDir: string, model: SiteModel, cacheDir: string | undefined, contentDir: string): Promise<SearchIndexReport> {
  const cache = cacheDir === undefined ? undefined : new SearchIndexCache(cacheDir, contentDir);
  const shards = planSearchShards(model.stories, model.site.search.storiesPerIndex);
  const used = new Set<string>();
  const report: SearchIndexReport = { shards: shards.length, reused: 0, pages: 0 };
  for (const shard of shards) {
    const records = shard.stories.map((story) => ({ path: searchRecordPath(story), html: searchRecordHtml(story, model.site.language) }));
    const key = searchShardKey(PAGEFIND_VERSION, records);
    const target = path.join(outputDir, SEARCH_BUNDLE_DIR, shard.id);
    report.pages += shard.stories.length;
    if (cache !== undefined) used.add(cache.entryFor(shard.id, key));
    if (cache !== undefined && (await cache.restore(shard.id, key, target))) {
      report.reused += 1;
      continue;
    }
    await indexShard(shard, records, target);
    await cache?.store(shard.id, key, target);
  }
  await cache?.prune(used);
  return report;
}

async function indexShard(shard: SearchShard, records: Array<{ path: string; html: string }>, target: string): Promise<void> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'daybook-search-'));
  try {
    await Promise.all(
      records.map(async (record) => {
        const file = path.join(scratch, record.path);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, record.html);
      }),
    );
    const pages = await runPagefind(scratch, target);
    if (pages !== shard.stories.length) {
      throw new Error(`The search index part ${shard.id} holds ${pages} pages but has ${shard.stories.length} stories.`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export const searchIndexStep: PostBuildStep = {
  name: 'search index',
  async run(outputDir, model, context) {
    const { shards, reused, pages } = await writeSearchIndex(outputDir, model, context.cacheDir, context.contentDir);
    const parts = shards === 1 ? '1 part' : `${shards} parts`;
    return `Search index: ${pages} stories in ${parts}${reused > 0 ? `, ${reused} reused from the build cache` : ''}.`;
  },
};

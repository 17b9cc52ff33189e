import type { SiteModel } from '../site/model.ts';
import type { PostBuildStep } from '../site/post-build.ts';
import { PAGEFIND_VERSION } from './pagefind-cli.ts';
import { searchShardKey } from './search-cache.ts';
import { writeIndexParts, type IndexPart } from './index-parts.ts';
import { searchRecordHtml, searchRecordPath } from './search-record.ts';
import { planSearchShards } from './search-shards.ts';

/** The parts of the index and their records, from the model (pure: no files touched). */
export function searchIndexParts(model: SiteModel): IndexPart[] {
  return planSearchShards(model.stories, model.site.search.storiesPerIndex).map((shard) => {
    const records = shard.stories.map((story) => ({ path: searchRecordPath(story), html: searchRecordHtml(story, model.site.language) }));
    return { id: shard.id, key: searchShardKey(PAGEFIND_VERSION, records), records };
  });
}

/**
 * Writes the search index: one Pagefind bundle per part of the archive (search-shards.ts).
 * Only stories are indexed, from the model: issue, tag and section pages, which repeat the
 * same summaries, never crowd the results.
 */
export const searchIndexStep: PostBuildStep = {
  name: 'search index',
  async run(outputDir, model, context) {
    const parts = searchIndexParts(model);
    const { shards, reused, pages } = await writeIndexParts({ outputDir, parts, cacheDir: context.cacheDir, contentDir: context.contentDir });
    const partCount = shards === 1 ? '1 part' : `${shards} parts`;
    return `Search index: ${pages} stories in ${partCount}${reused > 0 ? `, ${reused} reused from the build cache` : ''}.`;
  },
};

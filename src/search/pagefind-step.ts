import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PostBuildStep } from '../site/post-build.ts';

/** Where the index and Pagefind's UI files are published; layouts/search.njk loads them from here. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Story pages, /YYYY/MM/DD/slug/index.html (see normalize.ts), relative to the output folder. */
export const STORY_PAGES_GLOB = '[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';

/**
 * Indexes the finished pages with Pagefind and writes its static index and UI beside them.
 * Only story articles are indexed: story.njk marks them with data-pagefind-body, so issue,
 * tag and archive pages, which repeat the same summaries, never crowd the results.
 */
export async function writeSearchIndex(outputDir: string): Promise<{ pageCount: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Only story pages carry data-pagefind-body, and they all live under /YYYY/MM/DD/: reading
    // just those files halves the indexing time of a large archive (issue, tag and section
    // pages would be parsed only to be skipped).
    const added = await index.addDirectory({ path: outputDir, glob: STORY_PAGES_GLOB });
    failOn('index the pages', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, SEARCH_BUNDLE_DIR) });
    failOn('write the index', written.errors);
    return { pageCount: added.page_count };
  } finally {
    // The service is a child process; left running it would keep the build's process alive.
    await pagefind.close();
  }
}

function failOn(action: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${action}: ${errors.join('; ')}`);
}

export const searchIndexStep: PostBuildStep = {
  name: 'search index',
  async run(outputDir, model) {
    const { pageCount } = await writeSearchIndex(outputDir);
    if (pageCount < model.stories.length) {
      throw new Error(`The search index holds ${pageCount} pages but ${model.stories.length} stories were built.`);
    }
  },
};

import type { SiteModel } from '../site/model.ts';
import path from 'node:path';
import { routes } from '../routes/routes.ts';
import { filesUnder } from '../util/files-under.ts';
import { hashProjectFiles } from '../util/source-hash.ts';
import { PAGEFIND_VERSION } from './pagefind-cli.ts';
import { indexPartKey } from './search-cache.ts';
import { writeIndexParts, type IndexPart, type IndexPartsJob } from './index-parts.ts';
import { searchRecordHtml, searchRecordPath } from './search-record.ts';

/** What the index is made from: the site's language and the parts the archive is cut into. */
export type IndexedModel = Pick<SiteModel, 'site' | 'searchPartPlans'>;

/** The parts of the index and their records, from the model (pure: no files touched). */
export function searchIndexParts(model: IndexedModel): IndexPart[] {
  const language = model.site.language;
  const recordMaker = [PAGEFIND_VERSION, language, recordCode()].join('\0');
  return model.searchPartPlans.map((plan) => ({
    id: plan.id,
    key: indexPartKey(recordMaker, plan.stories.map((story) => ({ path: searchRecordPath(story), fingerprint: story.fingerprint }))),
    size: plan.stories.length,
    records: () => plan.stories.map((story) => ({ path: searchRecordPath(story), html: searchRecordHtml(story, language) })),
  }));
}

let recordCodeHash: string | undefined;

/** A hash of the code that turns a story into a record (src/search and its dependencies' versions): once per process. */
function recordCode(): string {
  recordCodeHash ??= hashProjectFiles(['src/search', 'package-lock.json']);
  return recordCodeHash;
}

/**
 * Writes the search index: one Pagefind bundle per part of the archive (index-part-plan.ts).
 * Only stories are indexed, from the model: issue, tag and section pages, which repeat the
 * same summaries, never crowd the results.
 */
export async function writeSearchIndex(
  outputDir: string,
  model: IndexedModel,
  context: Omit<IndexPartsJob, 'outputDir' | 'parts' | 'published'> & {
    /** The parts the output being updated has already (see IndexPartsJob.published), with their files. */
    published?: Readonly<Record<string, PublishedSearchPart>> | undefined;
  },
): Promise<{ note: string; parts: Record<string, PublishedSearchPart> }> {
  const parts = searchIndexParts(model);
  const { partCount, reused, kept, pages } = await writeIndexParts({ ...context, outputDir, parts });
  const published: Record<string, PublishedSearchPart> = {};
  for (const part of parts) {
    const folder = routes.searchPart(part.id).replace(/^\/+/, '');
    const files = context.published?.[part.id]?.key === part.key ? context.published[part.id]!.files : (await filesUnder(path.join(outputDir, folder))).map((file) => `${folder}${file}`);
    published[part.id] = { key: part.key, files };
  }
  const partsLabel = partCount === 1 ? '1 part' : `${partCount} parts`;
  const notes = [reused > 0 ? `${reused} reused from the build cache` : '', kept > 0 ? `${kept} unchanged` : ''].filter(Boolean);
  return { note: `Search index: ${pages} stories in ${partsLabel}${notes.length > 0 ? `, ${notes.join(', ')}` : ''}.`, parts: published };
}

/** A part of the index as an output holds it: the key of its records and its files, relative to the output. */
export interface PublishedSearchPart {
  key: string;
  files: string[];
}

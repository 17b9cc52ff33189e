import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SiteModel } from '../site/model.ts';
import { writeIndexParts, type SearchIndexReport } from './index-parts.ts';
import { searchIndexParts } from './pagefind-step.ts';
import { routes } from '../routes/routes.ts';

/**
 * The dev server's search index, so /search/ works in `npm start` as on the published site.
 * It is rebuilt in the background after each preview build, from the model the preview shows
 * (drafts and scheduled stories included): a save is served without waiting for Pagefind, and
 * the index follows a moment later. One rebuild runs at a time; saves made meanwhile are
 * indexed once, from the newest model, when it ends.
 */
export class PreviewSearchIndex {
  private running: Promise<void> | undefined;
  private next: { model: SiteModel; outputDir: string } | undefined;

  /**
   * @param cacheDir the build cache; the preview keeps its parts apart from the published
   *   site's, so neither prunes the other's (the preview's include drafts).
   */
  constructor(
    private readonly contentDir: string,
    private readonly cacheDir: string | undefined,
    private readonly log: (line: string) => void,
  ) {}

  /** Asks for the index of this model in outputDir/pagefind/; returns at once. */
  refresh(model: SiteModel, outputDir: string): void {
    this.next = { model, outputDir };
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  private async drain(): Promise<void> {
    for (let job = this.next; job !== undefined; job = this.next) {
      this.next = undefined;
      try {
        const report = await this.publish(job.model, job.outputDir);
        this.log(`Preview search index: ${report.pages} stories, ${report.partCount - report.reused} of ${report.partCount} parts indexed.`);
      } catch (error) {
        this.log(`The preview's search index was not updated: ${(error as Error).message}`);
      }
    }
  }

  /** Writes every part beside the live index, then swaps it in whole, so a search never reads half an index. */
  private async publish(model: SiteModel, outputDir: string): Promise<SearchIndexReport> {
    const staging = await mkdtemp(path.join(outputDir, '.pagefind-next-'));
    const live = path.join(outputDir, routes.searchIndex);
    const previous = path.join(staging, 'previous');
    try {
      const report = await writeIndexParts({
        outputDir: staging,
        parts: searchIndexParts(model),
        cacheDir: this.cacheDir === undefined ? undefined : path.join(this.cacheDir, 'preview'),
        contentDir: this.contentDir,
        background: true,
      });
      // An archive with no stories has no parts: the index is then an empty folder.
      await mkdir(path.join(staging, routes.searchIndex), { recursive: true });
      if (existsSync(live)) await rename(live, previous);
      await rename(path.join(staging, routes.searchIndex), live);
      return report;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
}

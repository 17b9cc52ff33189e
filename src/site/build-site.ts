import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { ContentProblem } from '../content/problems.ts';
import { takeDamagedTexts } from '../content/story-cache-file.ts';
import { PersistentStoryCache } from '../content/story-cache.ts';
import { forgetLoadedStories } from '../content/load.ts';
import { sitePathPrefix } from '../routes/site-url.ts';
import { writeSearchIndex } from '../search/pagefind-step.ts';
import { removeAbandonedScratchFolders } from '../search/index-parts.ts';
import { collectGarbage } from '../util/collect-garbage.ts';
import { filesUnder } from '../util/files-under.ts';
import type { BuildOptions } from './build-options.ts';
import { buildScope } from './build-scope.ts';
import { newBuildId, readPublishedState, writePublishedState, type PublishedState } from './build-state.ts';
import { stepsAfterPages, stepsBeforePages, stepsBesidePages } from './build-steps.ts';
import { loadContent } from '../content/load.ts';
import { buildSiteModel, earlyModelOf, type SiteModel } from './model.ts';
import { lockOutputFolder } from './output-lock.ts';
import { pagesToRender, planArchivePages, type ArchivePlan } from './page-plan.ts';
import { otherFiles, removedFiles } from './published-files.ts';
import { sliceRenderSet } from './render-set.ts';
import { besideOutput, publishChanges, publishedBuildId, recoverOutputFolder, replaceOutput, writeOutputMarker } from './publish.ts';
import { handSiteTo } from './site-handoff.ts';
import { StepTimer } from './step-timer.ts';
import { lowerThreadPriority } from '../util/thread-priority.ts';
import { givesWayToIndexer } from './give-way.ts';
import { compiledModule } from '../util/compiled.ts';

/**
 * Archive pages per Eleventy render: Eleventy keeps a render's pages in memory until all are
 * written, so a large archive is rendered in slices of this many (see sliceRenderSet). Each
 * slice pays Eleventy's start-up again (well under a second), and a slice of 20,000 pages
 * held 1.3 GB at its end.
 */
const PAGES_PER_RENDER = 10_000;

/** How far a publish lowers its own thread's priority when it gives way to Pagefind (give-way.ts). */
const NICENESS_BESIDE_INDEXER = 10;

/** Eleventy's config: .eleventy.ts, or its compiled twin where the build runs compiled (src/cli/launch.mjs). */
const ELEVENTY_CONFIG = compiledModule('eleventy-config')?.path ?? '.eleventy.ts';

/** Archive pages to render above which the build collects garbage between its phases (collectGarbage). */
const PAGES_WORTH_COLLECTING = 2_000;

export interface SiteBuildOptions extends BuildOptions {
  outDir: string;
  cacheDir: string | undefined;
  /** Archive pages per Eleventy render (default PAGES_PER_RENDER); tests make it small to render in many slices. */
  pagesPerRender?: number;
}

export interface SiteBuildResult {
  model: SiteModel;
  warnings: ContentProblem[];
  /** Lines for the build's log: what was recovered, reused and published. */
  notes: string[];
  /** 'cold' rendered every page; 'incremental' only what changed since the build the output held. */
  kind: 'cold' | 'incremental';
  /** Pages Eleventy rendered, feeds and email editions included. */
  rendered: number;
  /** Wall seconds of each step, for the bench. */
  timings: Record<string, number>;
}

/**
 * One production build, start to publish: loads the content once, renders into a staging
 * folder beside the output (only the pages whose fingerprint changed, when the output holds a
 * build this cache describes), and publishes. Throws on bad content with the output untouched.
 * The caller has checked that the output folder is one the build may replace (output-folder.ts).
 */
export async function buildSite(options: SiteBuildOptions, timings = new StepTimer()): Promise<SiteBuildResult> {
  const unlock = lockOutputFolder(options.outDir);
  const { staging } = besideOutput(options.outDir);
  try {
    // First: a killed build's Pagefind may still be writing into the staging folder the recovery removes.
    await removeAbandonedScratchFolders();
    const notes = await recoverOutputFolder(options.outDir);
    takeDamagedTexts();
    try {
      return await renderAndPublish(options, staging, timings, notes);
    } catch (error) {
      const damaged = takeDamagedTexts();
      if (damaged.length === 0) throw error;
      // Found only when a story's text was first used, after the pages were planned: start over without those shards.
      for (const file of damaged) await PersistentStoryCache.forgetDamaged(file);
      // Stories this process still holds may read from them too.
      forgetLoadedStories();
      await rm(staging, { recursive: true, force: true });
      notes.push(...damaged.map((file) => `Story cache file ${file} was damaged or missing: its stories were parsed again.`));
      return await renderAndPublish(options, staging, timings, notes);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    unlock();
  }
}

/** Loads, renders into `staging`, indexes and publishes; the caller holds the output's lock and removes `staging` after. */
async function renderAndPublish(options: SiteBuildOptions, staging: string, timings: StepTimer, notes: string[]): Promise<SiteBuildResult> {
  // A build loads once: its stories are kept in the build cache, not also in this process's memory.
  const content = await timings.time('content', () => loadContent({ ...options, reloads: false }));
  // The search index needs only the stories and how they are cut into parts, and a publish that
  // re-indexes a part waits for Pagefind: it starts before the issues, listings and pages are worked out.
  const early = earlyModelOf(content);
  const scope = buildScope({ site: content.config, mode: options.mode, sections: early.sections });
  // Timed on its own: the last build's state is read whole (11 MB at 100,000 stories), a quarter of a second before the indexer can start.
  const previous = timings.timeSync('last build', () => usablePreviousBuild(options, scope));
  // Parsing a cold archive leaves its garbage: collected before the indexer and the render start.
  if (previous === undefined && content.stories.length > PAGES_WORTH_COLLECTING) collectGarbage();
  await mkdir(staging, { recursive: true });
  // The indexer is a process of its own, and a publish's longest step when it re-indexes a part:
  // it starts as soon as the stories are known, and runs on the other core while the issues,
  // listings and pages are worked out and rendered.
  const stopIndexing = new AbortController();
  // One Pagefind beside Eleventy; two once the render is done and its memory collected (IndexPartsJob.concurrency).
  let indexers = 1;
  let queueFilled!: () => void;
  const indexerQueueFilled = new Promise<void>((resolve) => {
    queueFilled = resolve;
  });
  // A cold build's render is longer than its indexing: only a publish may give way to Pagefind.
  let restorePriority: (() => void) | undefined;
  const onPagefindStarted = (records: number): void => {
    if (previous !== undefined && givesWayToIndexer(records, content.stories.length)) restorePriority ??= lowerThreadPriority(NICENESS_BESIDE_INDEXER);
  };
  const indexing = timings.time('search index', () =>
    writeSearchIndex(staging, { site: content.config, searchPartPlans: early.searchPartPlans }, {
      cacheDir: options.cacheDir,
      contentDir: options.contentDir,
      published: previous?.searchParts,
      signal: stopIndexing.signal,
      // A cold build's render is the longer task: Pagefind takes only the CPU the render leaves
      // idle, and the render keeps its core (at 4,000 stories, 7.9 s instead of 9.4 beside a Pagefind at normal priority).
      background: previous === undefined,
      concurrency: () => indexers,
      onPagefindStarted,
      onQueueFilled: queueFilled,
    }),
  );
  // Observed now: it may fail long before it is awaited, and an unobserved rejection ends the
  // process instead of failing the build.
  const indexerSettled = indexing.then(
    () => undefined,
    () => undefined,
  );
  // The indexer first gets as far as handing Pagefind every part it may (or finds none to
  // index): the model, planning and render below keep the thread until their end, and Pagefind
  // can go on only with the parts whose records are written. One turn of the event loop was not
  // enough: the indexer's look into the build cache came back after the planning (0.3 s at 30,000 stories).
  await Promise.race([indexerQueueFilled, indexerSettled]);
  // Eleventy is loaded only now, a few tenths of a second that would otherwise come before the
  // indexer's start; the model and the planning are synchronous, so its import goes on in the
  // steps before the render, beside Pagefind.
  const loadingEleventy = import('@11ty/eleventy');
  loadingEleventy.catch(() => undefined);
  let beside: Promise<Array<string | void>> = Promise.resolve([]);
  let model: SiteModel;
  let plan: ArchivePlan;
  let renderModel: SiteModel;
  try {
    model = await timings.time('model', async () => buildSiteModel(content, options.mode, options.now, early));
    // Timed on its own: at 100,000 stories the planning is half a second of a publish, and "model" hid it.
    const planned = timings.timeSync('plan', () => {
      const archivePlan = planArchivePages(model);
      return { archivePlan, pages: previous === undefined ? model.pages : pagesToRender(model, archivePlan, previous.pages) };
    });
    plan = planned.archivePlan;
    const pages = planned.pages;
    renderModel = Object.freeze({ ...model, pages });
    // A large render (a cold build) pauses to collect between its phases; a publish of a few pages need not.
    const collectBetweenPhases = countPages(pages) > PAGES_WORTH_COLLECTING ? collectGarbage : () => undefined;
    for (const step of stepsBeforePages) {
      const note = await timings.time(step.name, () => step.run(staging, renderModel, options));
      if (note) notes.push(note);
    }
    beside = Promise.all(stepsBesidePages.map((step) => timings.time(step.name, () => step.run(staging, renderModel, options))));
    beside.catch(() => undefined);
    await timings.time('eleventy', async () => {
      const { Eleventy } = await loadingEleventy;
      for (const [index, slice] of sliceRenderSet(pages, options.pagesPerRender ?? PAGES_PER_RENDER).entries()) {
        // The last slice's render is garbage once written: collected now, it never meets this slice's memory.
        if (index > 0) collectBetweenPhases();
        const eleventy = new Eleventy('layouts', staging, {
          configPath: ELEVENTY_CONFIG,
          quietMode: true,
          pathPrefix: sitePathPrefix(model.site.url),
          config: handSiteTo({ options, model: Object.freeze({ ...model, pages: slice }), devServer: false }),
        });
        await eleventy.write();
      }
    });
    // Eleventy's slice is garbage once written: collected now, it never meets the indexer's memory.
    collectBetweenPhases();
    indexers = Math.min(2, availableParallelism());
    // Beside the indexer's last parts rather than after them: at 100,000 stories the email
    // editions are 9 s of this thread, which would otherwise be the build's last seconds alone.
    for (const step of stepsAfterPages) {
      const note = await timings.time(step.name, () => step.run(staging, renderModel, options));
      if (note) notes.push(note);
    }
  } catch (error) {
    // Nothing may go on writing into the staging folder once the build has failed: the caller removes it, and a retry reuses it.
    stopIndexing.abort();
    await Promise.allSettled([indexing, beside]);
    restorePriority?.();
    throw error;
  }
  await Promise.allSettled([indexing, beside]);
  restorePriority?.();
  for (const note of await beside) if (note) notes.push(note);
  const search = await indexing;
  notes.push(search.note);

  const buildId = newBuildId();
  const state: PublishedState = { buildId, scope, pages: plan, searchParts: search.parts, others: [] };
  state.others = otherFiles(await filesUnder(staging), state);
  await timings.time('publish', async () => {
    if (previous === undefined) {
      await writeOutputMarker(staging, buildId);
      await replaceOutput(options.outDir, staging);
    } else {
      const { moved, deleted } = await publishChanges(options.outDir, staging, { buildId, deletes: removedFiles(previous, state) });
      notes.push(`Published ${moved} changed ${moved === 1 ? 'file' : 'files'}, removed ${deleted}.`);
    }
    await writePublishedState(options.cacheDir, options.outDir, state);
  });
  const rendered = countPages(renderModel.pages);
  return { model, warnings: content.problems, notes, kind: previous === undefined ? 'cold' : 'incremental', rendered, timings: timings.seconds() };
}

/** The state of the build the output holds, when this build may start from it. */
function usablePreviousBuild(options: SiteBuildOptions, scope: string): PublishedState | undefined {
  const state = readPublishedState(options.cacheDir, options.outDir, publishedBuildId(options.outDir));
  return state?.scope === scope ? state : undefined;
}

function countPages(pages: SiteModel['pages']): number {
  return pages.stories.length + pages.issues.length + pages.tagListings.length + pages.sectionListings.length + pages.tags.length + pages.sections.length;
}

import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { indexedPages, pagefindArgs, writeBareSite } from './bare-site.ts';
import { assertIncremental, buildKindOf, publishNote, stepTimings } from './build-log.ts';
import type { WrittenCorpus } from './corpus.ts';
import { addedStory, correctedStory, middleStoryPath, newestStoryPath } from './edits.ts';
import { inSequence, measure, medianRun, type Measurement } from './measure.ts';
import { PUBLISH_KINDS, PUBLISH_LABELS, type PublishDetail, type PublishKind, type SizeResult } from './results.ts';

export interface SizeBench {
  repoRoot: string;
  /** Where this size's outputs, cache and bare site go; the caller removes it. */
  scratch: string;
  contentDir: string;
  corpus: WrittenCorpus;
  seed: number;
  runs: number;
  /** Passed to every measurement: a build over it is stopped and fails. */
  memoryLimitMiB: number;
  log(line: string): void;
}

/** A content edit made before a publish, and how to take it back. */
interface Edit {
  describe: string;
  undo(): Promise<void>;
}

/**
 * Times one archive size, `runs` rounds. Each round: a Daybook cold build, then one publish
 * per kind of edit (each on top of the last, with the same cache and output, each checked to
 * be incremental), then bare Eleventy and Pagefind over its output. Rounds interleave the
 * kinds, so a slow spell of a shared machine hits them alike; the edits are undone at the end
 * of each round, so every cold and bare build sees the corpus as generated.
 */
export async function benchSize(bench: SizeBench): Promise<SizeResult> {
  const { corpus, contentDir, scratch, repoRoot } = bench;
  const outDir = path.join(scratch, 'daybook', 'dist');
  const cacheDir = path.join(scratch, 'cache');
  const bareSite = path.join(scratch, 'bare');
  const buildArgs = ['--content', contentDir, '--out', outDir, '--now', corpus.now, '--cache', cacheDir];
  // The cold build starts as node directly (the command `npm run build` runs, without npm), as
  // bare Eleventy does, so the ratio compares the builds alone. A publish is timed as the
  // newsroom runs it, the whole `npm run build` (npm adds 0.2 to 0.3 s), since its target is a
  // time on the clock.
  const commands: Record<'direct' | 'npm', [string, string[]]> = {
    direct: [process.execPath, [path.join(repoRoot, 'src/cli/launch.mjs'), 'build', ...buildArgs]],
    npm: npmCommand(['run', 'build', '--', ...buildArgs]),
  };
  const buildDaybook = (label: string, what: string, how: keyof typeof commands): Promise<Measurement> =>
    measure(
      ...commands[how],
      { cwd: repoRoot, memoryLimitMiB: bench.memoryLimitMiB, env: { ...process.env, DAYBOOK_TIMINGS: '1', DAYBOOK_URL: '', DAYBOOK_MODE: '', DAYBOOK_CONTENT: '', DAYBOOK_NOW: '', DAYBOOK_CACHE: '' } },
    ).catch((error: Error) => {
      throw new Error(`${label}: ${what} failed: ${error.message}`);
    });
  const edits: Record<PublishKind, (run: number) => Promise<Edit>> = {
    addOne: async (run) => {
      const story = addedStory(corpus, run, bench.seed);
      const file = path.join(contentDir, story.path);
      await writeFile(file, story.text);
      return { describe: `added ${story.path}`, undo: () => rm(file, { force: true }) };
    },
    correctOne: (run) => correct(contentDir, middleStoryPath(corpus.storyPaths, run), run),
    correctNewest: (run) => correct(contentDir, newestStoryPath(corpus.storyPaths, run), run),
  };

  const cold: Measurement[] = [];
  const publishes: Record<PublishKind, Measurement[]> = { addOne: [], correctOne: [], correctNewest: [] };
  const baselines: Baseline[] = [];
  let baselineFailure: string | undefined;
  for (let run = 0; run < bench.runs; run += 1) {
    // Each figure is logged as it comes, so a run that fails later still shows what it measured.
    const label = `${corpus.count} stories${bench.runs > 1 ? `, run ${run + 1}` : ''}`;
    await rm(path.dirname(outDir), { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
    const coldRun = await buildDaybook(label, 'the cold build', 'direct');
    if (buildKindOf(coldRun.stdout)?.kind !== 'cold') throw new Error(`${label}: the build with an empty cache did not say "(every page rendered)":\n${coldRun.stdout.slice(-1000)}`);
    cold.push(coldRun);
    bench.log(`  ${label}: cold build ${coldRun.wallSeconds.toFixed(1)} s, peak ${Math.round(coldRun.peakRssMiB)} MiB`);

    const done: Edit[] = [];
    try {
      for (const kind of PUBLISH_KINDS) {
        const edit = await edits[kind](run);
        done.push(edit);
        const publish = await buildDaybook(label, `the ${PUBLISH_LABELS[kind]} (${edit.describe})`, 'npm');
        const rendered = assertIncremental(publish.stdout, `${label}: ${PUBLISH_LABELS[kind]} (${edit.describe})`);
        publishes[kind].push(publish);
        bench.log(`  ${label}: ${PUBLISH_LABELS[kind]} ${publish.wallSeconds.toFixed(1)} s (${rendered} pages rendered again)`);
      }
    } finally {
      for (const edit of done.reverse()) await edit.undo();
    }
    await rm(path.dirname(outDir), { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });

    if (baselineFailure !== undefined) continue;
    try {
      const baseline = await measureBaseline({ repoRoot, bareSite, contentDir, stories: corpus.count, memoryLimitMiB: bench.memoryLimitMiB });
      baselines.push(baseline);
      bench.log(`  ${label}: bare Eleventy ${baseline.eleventy.wallSeconds.toFixed(1)} s, then Pagefind ${baseline.pagefind.wallSeconds.toFixed(1)} s`);
    } catch (error) {
      // A baseline that cannot build this size (bare Eleventy out of memory) is a finding to report, not a reason to lose the run.
      baselineFailure = (error as Error).message;
      bench.log(`  ${label}: ${baselineFailure}`);
    } finally {
      await rm(bareSite, { recursive: true, force: true });
    }
  }

  const coldMedian = medianRun(cold);
  const publishMedians = Object.fromEntries(PUBLISH_KINDS.map((kind) => [kind, medianRun(publishes[kind])])) as Record<PublishKind, Measurement>;
  const publishDetails = Object.fromEntries(
    PUBLISH_KINDS.map((kind): [PublishKind, PublishDetail] => {
      const { stdout } = publishMedians[kind];
      return [kind, { rendered: assertIncremental(stdout, PUBLISH_LABELS[kind]), note: publishNote(stdout), steps: stepTimings(stdout) }];
    }),
  ) as Record<PublishKind, PublishDetail>;
  const failed = baselineFailure !== undefined || baselines.length === 0;
  return {
    stories: corpus.count,
    runs: bench.runs,
    cold: coldMedian,
    coldSteps: stepTimings(coldMedian.stdout),
    publishes: publishMedians,
    publishDetails,
    bare: failed ? undefined : medianRun(baselines.map((baseline) => baseline.eleventy)),
    pagefind: failed ? undefined : medianRun(baselines.map((baseline) => baseline.pagefind)),
    barePagefind: failed ? undefined : medianRun(baselines.map((baseline) => inSequence(baseline.eleventy, baseline.pagefind))),
    baselineFailure,
  };
}

interface Baseline {
  eleventy: Measurement;
  pagefind: Measurement;
}

/** Bare Eleventy over the corpus, then Pagefind's command line over its output, as someone adding search to it would. */
async function measureBaseline(where: { repoRoot: string; bareSite: string; contentDir: string; stories: number; memoryLimitMiB: number }): Promise<Baseline> {
  const { repoRoot, bareSite, contentDir, stories, memoryLimitMiB } = where;
  await writeBareSite(bareSite, contentDir);
  const bareOut = path.join(bareSite, '_site');
  const eleventyCli = path.join(repoRoot, 'node_modules/@11ty/eleventy/cmd.cjs');
  const eleventy = await measure(process.execPath, [eleventyCli, '--config=eleventy.config.mjs', '--quiet', `--output=${bareOut}`], { cwd: bareSite, memoryLimitMiB }).catch((error: Error) => {
    throw new Error(`bare Eleventy failed: ${error.message}`);
  });
  const pagefind = await measure(process.execPath, pagefindArgs(bareOut), { cwd: bareSite, memoryLimitMiB }).catch((error: Error) => {
    throw new Error(`Pagefind on bare Eleventy's output failed: ${error.message}`);
  });
  const pages = indexedPages(pagefind.stdout);
  if (pages !== stories) throw new Error(`Pagefind indexed ${pages} pages of the bare site, expected one per story (${stories})`);
  return { eleventy, pagefind };
}

/** npm with these arguments: the npm running the bench when there is one (npm run bench), else the one on PATH. */
function npmCommand(args: string[]): [string, string[]] {
  const npmCli = process.env.npm_execpath;
  return npmCli !== undefined && npmCli.endsWith('.js') ? [process.execPath, [npmCli, ...args]] : ['npm', args];
}

/** Corrects one story in place (edits.ts), keeping its text to put back. */
async function correct(contentDir: string, storyPath: string, run: number): Promise<Edit> {
  const file = path.join(contentDir, storyPath);
  const original = await readFile(file, 'utf8');
  await writeFile(file, correctedStory(original, run));
  return { describe: `corrected ${storyPath}`, undo: () => writeFile(file, original) };
}

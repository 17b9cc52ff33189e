import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBareSite } from './bare-site.ts';
import { generateCorpus, writeCorpus, type Corpus } from './corpus.ts';
import { timeStoryEdit } from './dev-server.ts';
import { GNU_TIME, measure, medianRun, type Measurement } from './measure.ts';
import { benchOptions } from './options.ts';
import { formatTable, type BenchReport, type SizeResult } from './report.ts';

/**
 * npm run bench: builds generated archives of N stories with Daybook and with a bare Eleventy
 * site, and prints wall time, peak RSS and their ratio per N; then times one story edit in
 * the dev server. Corpora and outputs live in a temp folder that is removed at the end.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eleventyCli = path.join(repoRoot, 'node_modules/@11ty/eleventy/cmd.cjs');

async function main(): Promise<void> {
  const options = benchOptions(process.argv.slice(2));
  ensureGnuTime();
  const scratch = await mkdtemp(path.join(tmpdir(), 'daybook-bench-'));
  const log = (line: string): void => void (options.json ? process.stderr : process.stdout).write(`${line}\n`);
  try {
    const sizes: SizeResult[] = [];
    for (const stories of options.sizes) {
      const corpus = generateCorpus(stories, options.seed);
      const contentDir = path.join(scratch, `corpus-${stories}`);
      await writeCorpus(contentDir, corpus);
      log(`${stories} stories over ${corpus.days} days: building with Daybook and bare Eleventy${options.runs > 1 ? `, ${options.runs} times each` : ''}...`);
      const result = await measureSize(scratch, contentDir, corpus, stories, options.runs);
      log(
        `  Daybook ${result.project.wallSeconds.toFixed(1)} s, ${Math.round(result.project.peakRssMiB)} MiB; ` +
          `rebuilt after one edit ${result.warm.wallSeconds.toFixed(1)} s; bare Eleventy ${result.bare.wallSeconds.toFixed(1)} s, ${Math.round(result.bare.peakRssMiB)} MiB`,
      );
      sizes.push(result);
      if (!(options.dev && stories === options.devSize)) await rm(contentDir, { recursive: true, force: true });
    }

    let devEdit: BenchReport['devEdit'];
    if (options.dev) {
      const contentDir = path.join(scratch, `corpus-${options.devSize}`);
      const corpus = generateCorpus(options.devSize, options.seed);
      if (!existsSync(contentDir)) await writeCorpus(contentDir, corpus);
      log(`Dev server on ${options.devSize} stories: timing one story edit...`);
      // A story from the middle of the archive: an ordinary edit, not the front page's.
      const story = corpus.files.filter((file) => file.path.startsWith('stories/'))[Math.floor(options.devSize / 2)];
      if (story === undefined) throw new Error('the corpus has no stories');
      const edit = await timeStoryEdit({
        repoRoot,
        contentDir,
        outDir: path.join(scratch, 'dev-out'),
        storyPath: story.path,
        storyUrl: storyUrlOf(story.path),
        timeoutMs: 300_000,
      });
      devEdit = { ...edit, stories: options.devSize };
    }

    const report: BenchReport = { machine: machine(), sizes, devEdit };
    if (options.json) console.log(JSON.stringify(report, (key, value) => (key === 'stdout' ? undefined : value), 2));
    else console.log(`\n${formatTable(report)}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function measureSize(scratch: string, contentDir: string, corpus: Corpus, stories: number, runs: number): Promise<SizeResult> {
  const projectOut = path.join(scratch, `daybook-${stories}`, 'dist');
  // A cache of its own, empty at first: the first build is cold, as on a fresh CI machine.
  const cacheDir = path.join(scratch, `cache-${stories}`);
  const buildProject = (): ReturnType<typeof measure> =>
    measure(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'src/cli/build.ts'), '--content', contentDir, '--out', projectOut, '--now', corpus.now, '--cache', cacheDir],
      { cwd: repoRoot, env: { ...process.env, DAYBOOK_TIMINGS: '1', DAYBOOK_URL: '', DAYBOOK_MODE: '', DAYBOOK_CONTENT: '', DAYBOOK_NOW: '', DAYBOOK_CACHE: '' } },
    );
  const bareSite = path.join(scratch, `bare-${stories}`);
  const cold: Measurement[] = [];
  const warm: Measurement[] = [];
  const bare: Measurement[] = [];
  // Rounds interleave the three builds, so a slow spell of a shared machine hits them alike.
  for (let round = 0; round < runs; round += 1) {
    cold.push(await buildProject());
    // The next day's build in a newsroom: the archive is as it was, and one story was corrected.
    await appendCorrection(path.join(contentDir, newestStoryPath(corpus)));
    warm.push(await buildProject());
    await rm(path.dirname(projectOut), { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });

    await writeBareSite(bareSite, contentDir);
    bare.push(await measure(process.execPath, [eleventyCli, '--config=eleventy.config.mjs', '--quiet', `--output=${path.join(bareSite, '_site')}`], { cwd: bareSite }));
    await rm(bareSite, { recursive: true, force: true });
  }
  const project = medianRun(cold);
  const rebuilt = medianRun(warm);
  return { stories, runs, project, warm: rebuilt, bare: medianRun(bare), steps: stepTimings(project.stdout), warmSteps: stepTimings(rebuilt.stdout) };
}

function stepTimings(stdout: string): Record<string, number> {
  const timings = /^Timings: (.*)$/m.exec(stdout)?.[1];
  return timings ? (JSON.parse(timings) as Record<string, number>) : {};
}

/** The corpus's files are named by day, so the last one in name order is among the newest. */
function newestStoryPath(corpus: Corpus): string {
  const newest = corpus.files.map((file) => file.path).filter((file) => file.startsWith('stories/')).sort().at(-1);
  if (newest === undefined) throw new Error('the corpus has no stories');
  return newest;
}

async function appendCorrection(file: string): Promise<void> {
  await appendFile(file, '\nCorrection: an earlier version of this story misstated the date of the vote.\n');
}

/** stories/2023-01-02-slug.md is published at /2023/01/02/slug/ (corpus dates fall on their file's day). */
function storyUrlOf(storyPath: string): string {
  const match = /^stories\/(\d{4})-(\d{2})-(\d{2})-(.+)\.md$/.exec(storyPath);
  if (!match) throw new Error(`unexpected story path ${storyPath}`);
  return `/${match[1]}/${match[2]}/${match[3]}/${match[4]}/`;
}

/** GNU time (Debian package "time") measures peak RSS; installed when missing, as the tests install their tools. */
function ensureGnuTime(): void {
  if (existsSync(GNU_TIME)) return;
  const install = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time'], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing and could not be installed: run apt-get install time`);
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

await main();

import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGeneratedCorpus, type WrittenCorpus } from './corpus.ts';
import { setTimeout as sleep } from 'node:timers/promises';
import { SETTLE_MS } from '../../src/content/file-stat.ts';
import { timeStoryEdit } from './dev-server.ts';
import { middleStoryPath } from './edits.ts';
import { GNU_TIME, stopRunningCommands } from './measure.ts';
import { BENCH_USAGE, benchOptions, BenchUsageError, type BenchOptions } from './options.ts';
import { formatReport } from './report.ts';
import type { BenchReport, SizeResult } from './results.ts';
import { benchSize } from './size-bench.ts';
import { targetRows } from './targets.ts';

/**
 * npm run bench: per archive size, a Daybook cold build, the publishes after adding and
 * correcting one story, bare Eleventy and bare Eleventy + Pagefind over the same stories;
 * then one story edit in the dev server. Prints the figures, their ratios and the targets of
 * issue 11. Everything is written in one scratch folder (under TMPDIR) that is removed at the
 * end, also when a build fails or the bench is interrupted.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = benchOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    console.error(`${error.message}\n\n${BENCH_USAGE}`);
    process.exitCode = 2;
    return;
  }
  ensureGnuTime();
  const scratch = await mkdtemp(path.join(tmpdir(), 'daybook-bench-'));
  const interrupted = (signal: NodeJS.Signals): void => {
    stopRunningCommands();
    rmSync(scratch, { recursive: true, force: true });
    process.stderr.write(`\nBench interrupted (${signal}); its scratch folder was removed.\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const log = (line: string): void => void (options.json ? process.stderr : process.stdout).write(`${line}\n`);
  try {
    const sizes: SizeResult[] = [];
    let devCorpus: { contentDir: string; corpus: WrittenCorpus } | undefined;
    for (const stories of options.sizes) {
      const contentDir = path.join(scratch, `corpus-${stories}`);
      const started = performance.now();
      const corpus = await writeGeneratedCorpus(contentDir, stories, options.seed);
      // A newsroom's archive was written long before a build: the story cache trusts a file's
      // stat only once the file has settled (src/content/file-stat.ts), so let the newest settle.
      await sleep(SETTLE_MS);
      log(
        `${stories} stories over ${corpus.days} days (written in ${((performance.now() - started) / 1000).toFixed(1)} s): ` +
          `Daybook cold and three publishes, bare Eleventy, bare Eleventy + Pagefind${options.runs > 1 ? `, ${options.runs} rounds` : ''}...`,
      );
      const sizeScratch = path.join(scratch, `builds-${stories}`);
      await mkdir(sizeScratch);
      try {
        sizes.push(await benchSize({ repoRoot, scratch: sizeScratch, contentDir, corpus, seed: options.seed, runs: options.runs, memoryLimitMiB: options.memoryLimitMiB, log }));
      } catch (error) {
        // Hours of larger sizes may have gone before: print what they measured, then fail.
        if (sizes.length > 0) log(`\nThe sizes measured before ${stories} failed:\n\n${formatReport({ machine: machine(), sizes, devEdit: undefined })}\n`);
        throw error;
      }
      await rm(sizeScratch, { recursive: true, force: true });
      if (options.dev && stories === options.devSize) devCorpus = { contentDir, corpus };
      else await rm(contentDir, { recursive: true, force: true });
    }

    let devEdit: BenchReport['devEdit'];
    if (options.dev) {
      if (devCorpus === undefined) {
        const contentDir = path.join(scratch, `corpus-${options.devSize}`);
        devCorpus = { contentDir, corpus: await writeGeneratedCorpus(contentDir, options.devSize, options.seed) };
      }
      log(`Dev server on ${options.devSize} stories: timing one story edit...`);
      // A story from the middle of the archive: an ordinary edit, not the front page's.
      const storyPath = middleStoryPath(devCorpus.corpus.storyPaths, 0);
      const edit = await timeStoryEdit({
        repoRoot,
        contentDir: devCorpus.contentDir,
        outDir: path.join(scratch, 'dev-out'),
        storyPath,
        storyUrl: storyUrlOf(storyPath),
        timeoutMs: 300_000,
      });
      devEdit = { ...edit, stories: options.devSize };
    }

    const report: BenchReport = { machine: machine(), sizes, devEdit };
    // Logs are left out; a figure or verdict the run has not got is null rather than missing.
    if (options.json) console.log(JSON.stringify({ ...report, targets: targetRows(sizes) }, (key, value: unknown) => (key === 'stdout' ? undefined : (value ?? null)), 2));
    else console.log(`\n${formatReport(report)}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
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

try {
  await main();
} catch (error) {
  // A failed build or a bad option: the message says which; the scratch folder is already gone.
  console.error(`Bench failed: ${(error as Error).message}`);
  process.exitCode = 1;
}

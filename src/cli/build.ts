import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Eleventy } from '@11ty/eleventy';
import { cliOptionsOrExit } from './options.ts';
import { printFailure, printWarnings } from './report.ts';
import { loadSite } from '../site/load-site.ts';
import { postBuildSteps, stepsBeforePages, type BuildStepContext } from '../site/post-build.ts';
import { replaceDirectory, stagingDirFor } from '../site/swap-directory.ts';
import { StepTimer } from './step-timer.ts';

/**
 * npm run build: validate everything first, build into a staging folder, and only a
 * complete build replaces dist/. A failed build leaves the previous site exactly as it was.
 */
async function main(): Promise<number> {
  const started = performance.now();
  const options = cliOptionsOrExit(process.argv.slice(2), { mode: 'production', outDir: 'dist' }, 'build');
  const staging = stagingDirFor(options.outDir);
  const timings = new StepTimer();
  try {
    const { model, warnings } = await timings.time('content', () => loadSite(options));
    printWarnings(warnings);
    const context: BuildStepContext = { contentDir: options.contentDir, cacheDir: options.cacheDir };
    const notes: Array<string | void> = [];
    for (const step of stepsBeforePages) notes.push(await timings.time(step.name, () => step.run(staging, model, context)));
    const eleventy = new Eleventy('layouts', staging, { configPath: '.eleventy.ts', quietMode: true });
    await timings.time('eleventy', () => eleventy.write());
    for (const step of postBuildSteps) notes.push(await timings.time(step.name, () => step.run(staging, model, context)));
    await replaceDirectory(options.outDir, staging);
    // The bench script reads this line to report which step costs what.
    if (process.env.DAYBOOK_TIMINGS) console.log(`Timings: ${JSON.stringify(timings.seconds())}`);
    for (const note of notes) if (note) console.log(note);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Built ${model.stories.length} stories in ${model.issues.length} issues into ${path.relative(process.cwd(), options.outDir) || '.'}/ in ${seconds}s.`,
    );
    return 0;
  } catch (error) {
    printFailure(error, 'The build');
    console.error(`Nothing was published: ${path.relative(process.cwd(), options.outDir) || options.outDir}/ is unchanged.`);
    return 1;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

process.exitCode = await main();

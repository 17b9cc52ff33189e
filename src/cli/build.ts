import path from 'node:path';
import { cliOptionsOrExit } from './options.ts';
import { printFailure, printWarnings } from './report.ts';
import { buildSite } from '../site/build-site.ts';
import { assertReplaceableOutputFolder, OutputFolderError } from '../site/output-folder.ts';
import { OutputBusyError } from '../site/output-lock.ts';
import { PROJECT_DIR } from '../util/source-hash.ts';


/**
 * npm run build: validate everything first, build into a staging folder, and only a
 * complete build reaches dist/. A failed build leaves the previous site exactly as it was.
 */
async function main(): Promise<number> {
  const started = performance.now();
  // Eleventy registers an ESM resolver on a loader-hooks thread so that watch mode can re-import
  // changed files; a build never watches, and its thread waited on that one (60 ms of a publish
  // at 100,000 stories). Eleventy's own switch turns it off (https://github.com/11ty/eleventy/issues/3371).
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= 'true';
  const options = cliOptionsOrExit(process.argv.slice(2), { mode: 'production', outDir: 'dist' }, 'build');
  const shownOut = path.relative(process.cwd(), options.outDir) || '.';
  try {
    assertReplaceableOutputFolder(options.outDir, { contentDir: options.contentDir, cacheDir: options.cacheDir, projectDirs: [PROJECT_DIR, process.cwd()] });
    const result = await buildSite(options);
    printWarnings(result.warnings);
    // The bench script reads this line to report which step costs what.
    if (process.env.DAYBOOK_TIMINGS) console.log(`Timings: ${JSON.stringify(result.timings)}`);
    for (const note of result.notes) console.log(note);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const how = result.kind === 'cold' ? 'every page rendered' : `${result.rendered} archive pages rendered again`;
    console.log(`Built ${result.model.stories.length} stories in ${result.model.issues.length} issues into ${shownOut}/ in ${seconds}s (${how}).`);
    return 0;
  } catch (error) {
    if (error instanceof OutputFolderError || error instanceof OutputBusyError) {
      console.error(error.message);
      return 2;
    }
    printFailure(error, 'The build');
    console.error(`Nothing was published: ${shownOut}/ is unchanged.`);
    return 1;
  }
}

process.exitCode = await main();

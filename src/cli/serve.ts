import path from 'node:path';
import { Eleventy } from '@11ty/eleventy';
import { cliOptionsOrExit } from './options.ts';
import { printFailure, printWarnings } from './report.ts';
import { loadSite } from '../site/load-site.ts';
import { handSiteTo } from '../site/site-handoff.ts';
import { sitePathPrefix } from '../routes/site-url.ts';
import { writeIcons } from '../icons/icons-step.ts';
import { assertWritableOutputFolder, OutputFolderError } from '../site/output-folder.ts';
import { PROJECT_DIR } from '../util/source-hash.ts';

/**
 * npm start: a live-reloading preview that shows drafts and scheduled stories, written to
 * .dev/ so it never mixes with the published dist/.
 */
const options = cliOptionsOrExit(process.argv.slice(2), { mode: 'development', outDir: '.dev' }, 'start');
try {
  assertWritableOutputFolder(options.outDir, { contentDir: options.contentDir, cacheDir: options.cacheDir, projectDirs: [PROJECT_DIR, process.cwd()] });
} catch (error) {
  if (!(error instanceof OutputFolderError)) throw error;
  console.error(error.message);
  process.exit(2);
}
// Eleventy cannot recover from a first build that fails on content, so check it first: later
// mistakes are caught by the dev server's model, which keeps the last good preview.
let first;
try {
  first = await loadSite(options);
  printWarnings(first.warnings);
  // Drawn once: a new logo.svg shows after a restart.
  await writeIcons(options.outDir, options.contentDir, first.model.site);
} catch (error) {
  printFailure(error, 'Loading the content');
  console.error('Fix the errors above, then run npm start again.');
  process.exit(1);
}
const eleventy = new Eleventy('layouts', options.outDir, {
  configPath: '.eleventy.ts',
  runMode: 'serve',
  source: 'cli',
  pathPrefix: sitePathPrefix(first.model.site.url),
  // After a story edit, only the pages it can touch are rendered again (src/site/dev-server-model.ts).
  config: handSiteTo({ options, model: first.model, devServer: true }),
});
await eleventy.init();
eleventy.setIncrementalBuild(true);
await eleventy.watch();
await eleventy.serve(options.port);
console.log(`Previewing ${path.relative(process.cwd(), options.contentDir)}/ at http://localhost:${options.port}/ (drafts shown).`);

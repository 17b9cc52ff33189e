import path from 'node:path';
import { Eleventy } from '@11ty/eleventy';
import { cliOptions } from './options.ts';
import { printFailure, printWarnings } from './report.ts';
import { loadSite } from '../site/load-site.ts';
import { writeIcons } from '../icons/icons-step.ts';

/**
 * npm start: a live-reloading preview that shows drafts and scheduled stories, written to
 * .dev/ so it never mixes with the published dist/.
 */
const options = cliOptions(process.argv.slice(2).filter((arg) => !arg.startsWith('--port')), {
  mode: 'development',
  outDir: '.dev',
});
const port = Number(process.env.PORT ?? 8080);
// After a story edit, only the pages it can touch are rendered again (src/site/dev-server-model.ts).
process.env.DAYBOOK_DEV_SERVER = '1';
// The preview's search index reuses unchanged parts from the build cache (none with --no-cache).
process.env.DAYBOOK_CACHE = options.cacheDir ?? '';
// Eleventy cannot recover from a first build that fails on content, so check it first: later
// mistakes are caught by the dev server's model, which keeps the last good preview.
try {
  const { model, warnings } = await loadSite(options);
  printWarnings(warnings);
  // Drawn once: a new logo.svg shows after a restart.
  await writeIcons(options.outDir, options.contentDir, model.site);
} catch (error) {
  printFailure(error, 'Loading the content');
  console.error('Fix the errors above, then run npm start again.');
  process.exit(1);
}
const eleventy = new Eleventy('layouts', options.outDir, { configPath: '.eleventy.ts', runMode: 'serve', source: 'cli' });
await eleventy.init();
eleventy.setIncrementalBuild(true);
await eleventy.watch();
await eleventy.serve(port);
console.log(`Previewing ${path.relative(process.cwd(), options.contentDir)}/ at http://localhost:${port}/ (drafts shown).`);

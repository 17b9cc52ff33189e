import path from 'node:path';
import { Eleventy } from '@11ty/eleventy';
import { cliOptions } from './options.ts';

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
const eleventy = new Eleventy('layouts', options.outDir, { configPath: '.eleventy.ts', runMode: 'serve', source: 'cli' });
await eleventy.init();
eleventy.setIncrementalBuild(true);
await eleventy.watch();
await eleventy.serve(port);
console.log(`Previewing ${path.relative(process.cwd(), options.contentDir)}/ at http://localhost:${port}/ (drafts shown).`);

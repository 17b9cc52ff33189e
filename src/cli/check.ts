import { cliOptionsOrExit } from './options.ts';
import { printFailure, printWarnings } from './report.ts';
import { loadSite } from '../site/load-site.ts';
import { readLogo } from '../icons/logo.ts';

/** npm run check: the build's validation without the build, for editors before they publish. */
async function main(): Promise<number> {
  const options = cliOptionsOrExit(process.argv.slice(2), { mode: 'production', outDir: 'dist' }, 'check');
  try {
    const { model, warnings } = await loadSite(options);
    // The build draws the icons from it; a broken logo is found here, not at publishing time.
    await readLogo(options.contentDir);
    printWarnings(warnings);
    const noun = warnings.length === 1 ? 'warning' : 'warnings';
    console.log(`Content is valid: ${model.stories.length} stories in ${model.issues.length} issues, ${warnings.length} ${noun}.`);
    return 0;
  } catch (error) {
    printFailure(error, 'The check');
    return 1;
  }
}

process.exitCode = await main();

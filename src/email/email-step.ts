import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildStep } from '../site/build-steps.ts';
import { relativeLinks } from './links.ts';
import { issueAsPlainText } from './plain-text.ts';
import { outputFileOf, routes } from '../routes/routes.ts';


/**
 * Finishes each issue's email edition for pasting into a mailing tool: checks that every link
 * is absolute and writes a plain-text alternative beside it. Eleventy rendered the HTML from a
 * template whose CSS was inlined already (email-template.ts).
 */
export const emailEditionStep: BuildStep = {
  name: 'email editions',
  async run(outputDir, model) {
    await Promise.all(
      model.pages.issues.map(async (issue) => {
        const edition = routes.emailEdition(issue.url);
        const htmlFile = path.join(outputDir, outputFileOf(edition));
        const relative = relativeLinks(await readFile(htmlFile, 'utf8'));
        if (relative.length > 0) throw new Error(`${edition} has links that only work on the site: ${relative.join(', ')}`);
        await writeFile(path.join(outputDir, outputFileOf(routes.emailEditionText(issue.url))), issueAsPlainText(issue, model.site));
      }),
    );
  },
};

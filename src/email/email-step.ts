import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PostBuildStep } from '../site/post-build.ts';
import { relativeLinks } from './links.ts';
import { issueAsPlainText } from './plain-text.ts';

/** The email edition's files inside an issue's folder (layouts/email/issue-email.njk writes the first). */
export const EMAIL_HTML = 'email.html';
export const EMAIL_TEXT = 'email.txt';

/**
 * Finishes each issue's email edition for pasting into a mailing tool: checks that every link
 * is absolute and writes a plain-text alternative beside it. Eleventy rendered the HTML from a
 * template whose CSS was inlined already (email-template.ts).
 */
export const emailEditionStep: PostBuildStep = {
  name: 'email editions',
  async run(outputDir, model) {
    await Promise.all(
      model.issues.map(async (issue) => {
        const folder = path.join(outputDir, ...issue.url.split('/').filter(Boolean));
        const htmlFile = path.join(folder, EMAIL_HTML);
        const relative = relativeLinks(await readFile(htmlFile, 'utf8'));
        if (relative.length > 0) throw new Error(`${issue.url}${EMAIL_HTML} has links that only work on the site: ${relative.join(', ')}`);
        await writeFile(path.join(folder, EMAIL_TEXT), issueAsPlainText(issue, model.site));
      }),
    );
  },
};

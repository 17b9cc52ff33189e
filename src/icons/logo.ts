import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../content/problems.ts';
import { svgProblem } from './rasterize.ts';
import { PROJECT_DIR } from '../util/source-hash.ts';

/** The one file a site's icons come from, beside site.yml. */
export const LOGO_FILE = 'logo.svg';

/** Used when content/ has no logo: every site gets a favicon, so no browser logs a 404 for one. */
const DEFAULT_LOGO = path.join(PROJECT_DIR, 'src', 'icons', 'default-logo.svg');

export interface Logo {
  svg: string;
  /** The file it came from, for messages. */
  file: string;
}

/** content/logo.svg, or Daybook's default; a logo resvg cannot draw is a content error naming the file. */
export async function readLogo(contentDir: string): Promise<Logo> {
  const own = path.join(contentDir, LOGO_FILE);
  let file = own;
  let svg: string;
  try {
    svg = await readFile(own, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    file = DEFAULT_LOGO;
    svg = await readFile(DEFAULT_LOGO, 'utf8');
  }
  const shown = path.relative(process.cwd(), file) || file;
  const problem = svgProblem(svg);
  if (problem !== undefined) {
    throw new ContentError([
      {
        severity: 'error',
        file: shown,
        message: `cannot be drawn as an SVG image (${problem}); expected a square SVG such as <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">...</svg>. The favicon, app icons and feed icons are made from it.`,
      },
    ]);
  }
  return { svg, file: shown };
}

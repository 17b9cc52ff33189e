import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../content/site-config.ts';
import type { BuildStep } from '../site/build-steps.ts';
import { ICON_PATHS, PNG_ICONS } from './icon-files.ts';
import { readLogo } from './logo.ts';
import { rasterizeSquare } from './rasterize.ts';
import { webManifest } from './web-manifest.ts';

/**
 * Writes the site's icons into an output folder: the logo as /favicon.svg, the PNGs of
 * icon-files.ts drawn from it, and the web manifest. Drawing six small icons costs little
 * beside a build, so they are drawn on every build rather than cached.
 */
export async function writeIcons(outputDir: string, contentDir: string, site: SiteConfig): Promise<void> {
  const logo = await readLogo(contentDir);
  const target = (sitePath: string): string => path.join(outputDir, ...sitePath.split('/').filter(Boolean));
  await mkdir(path.dirname(target(PNG_ICONS[0]!.path)), { recursive: true });
  await writeFile(target(ICON_PATHS.svg), logo.svg);
  await Promise.all(PNG_ICONS.map(async (icon) => writeFile(target(icon.path), await rasterizeSquare(logo.svg, icon.size, icon.background))));
  await writeFile(target(ICON_PATHS.manifest), webManifest(site));
}

/** The build's icons step (see build-steps.ts). */
export const iconsStep: BuildStep = {
  name: 'icons',
  run: (outputDir, model, options) => writeIcons(outputDir, options.contentDir, model.site),
};

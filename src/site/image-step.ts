import { copyFile, lstat, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PublishedImage } from '../content/images.ts';
import { ContentError } from '../content/problems.ts';
import type { BuildStep } from './build-steps.ts';

/**
 * Copies the planned images (src/content/images.ts) into the output's images/ folder. Copies,
 * never links: what is published is the bytes checked at planning, not whatever a link
 * points to when a server reads it.
 */
export async function copyPlannedImages(images: readonly PublishedImage[], outputDir: string, options: { skipUnchanged?: boolean } = {}): Promise<number> {
  let copied = 0;
  for (const image of images) {
    const source = await lstat(image.source);
    // Planned from a listing a moment ago: a file swapped for a link since then is not followed.
    if (!source.isFile()) {
      throw new ContentError([{ severity: 'error', file: image.source, message: 'stopped being a regular file while the site was built; run the build again.' }]);
    }
    const target = path.join(outputDir, 'images', ...image.path.split('/'));
    if (options.skipUnchanged && (await isSameCopy(target, source.size, source.mtimeMs))) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(image.source, target);
    copied += 1;
  }
  return copied;
}

async function isSameCopy(target: string, size: number, mtimeMs: number): Promise<boolean> {
  const copy = await stat(target).catch(() => undefined);
  return copy !== undefined && copy.size === size && copy.mtimeMs >= mtimeMs;
}

/** The published build's image step: runs before Eleventy, from the model alone. */
export const imageCopyStep: BuildStep = {
  name: 'images',
  run: async (outputDir, model) => {
    await copyPlannedImages(model.images, outputDir);
  },
};

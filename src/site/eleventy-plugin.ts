import path from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import { markdown } from '../transforms/markdown.ts';
import { buildOptionsFromEnv, type BuildOptions } from './build-options.ts';
import { loadSite } from './load-site.ts';
import { absoluteUrl, jsonForScript, readingTimeLabel } from './filters.ts';

/**
 * The one place Daybook meets Eleventy: the site model becomes global data `daybook`, and
 * the layouts in layouts/ turn it into pages.
 */
export function daybookPlugin(eleventyConfig: EleventyConfig, overrides: Partial<BuildOptions> = {}): void {
  const options: BuildOptions = { ...buildOptionsFromEnv(), ...overrides };
  eleventyConfig.addGlobalData('daybook', async () => (await loadSite(options)).model);

  // Autoescape is what keeps a headline like "Fed <script> cuts" text on every page.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.setLibrary('md', markdown);

  eleventyConfig.addFilter('absoluteUrl', absoluteUrl);
  eleventyConfig.addFilter('jsonForScript', jsonForScript);
  eleventyConfig.addFilter('readingTime', readingTimeLabel);

  eleventyConfig.addPassthroughCopy({ [path.join(options.contentDir, 'images')]: 'images' });
  eleventyConfig.addPassthroughCopy({ 'layouts/assets': 'assets' });
  eleventyConfig.addWatchTarget(options.contentDir);
  eleventyConfig.setUseGitIgnore(false);
}

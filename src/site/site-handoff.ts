import type { EleventyConfig } from '@11ty/eleventy';
import type { SiteModel } from './model.ts';
import type { BuildOptions } from './build-options.ts';

/**
 * What `npm run build` and `npm start` hand Eleventy: the model they loaded (Eleventy never
 * loads content itself, so a build reads site.yml and the stories once), or for the dev
 * server a function that reloads it after each save.
 */
export interface HandedSite {
  options: BuildOptions;
  /** The model the command loaded: the whole build's, or the dev server's first. */
  model: SiteModel;
  /** The dev server: reloads the model after each save, renders only what an edit touched, and indexes the preview for search. */
  devServer: boolean;
}

const handed = new WeakMap<object, HandedSite>();

/**
 * Eleventy's `config` callback (its constructor's options) runs before .eleventy.ts, with the
 * same config object: the build hands its site over here and the plugin picks it up there.
 */
export function handSiteTo(site: HandedSite): (eleventyConfig: EleventyConfig) => void {
  return (eleventyConfig) => {
    handed.set(eleventyConfig, site);
  };
}

export function siteHandedTo(eleventyConfig: EleventyConfig): HandedSite {
  const site = handed.get(eleventyConfig);
  if (site === undefined) {
    throw new Error('Daybook builds through `npm run build` and previews through `npm start`; run those rather than Eleventy on its own.');
  }
  return site;
}

import type { EleventyConfig } from '@11ty/eleventy';
import { daybookPlugin } from './src/site/eleventy-plugin.ts';

/** Eleventy's side of Daybook: the layouts render the site model that `npm run build` or `npm start` hands over. */
export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(daybookPlugin);
  return {
    // No output folder here: the build writes to a staging folder it names itself.
    dir: { input: 'layouts', includes: '_includes' },
    // 11ty.js: the feeds and sitemaps are virtual JavaScript templates (src/feeds/feed-templates.ts).
    templateFormats: ['njk', '11ty.js'],
    htmlTemplateEngine: 'njk',
  };
}

import type { EleventyConfig } from '@11ty/eleventy';
import { daybookPathPrefix, daybookPlugin } from './src/site/eleventy-plugin.ts';

export default async function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(daybookPlugin);
  return {
    // No output folder here: the build writes to a staging folder it names itself.
    dir: { input: 'layouts', includes: '_includes', data: '_data' },
    templateFormats: ['njk', '11ty.js'],
    htmlTemplateEngine: 'njk',
    pathPrefix: await daybookPathPrefix(),
  };
}

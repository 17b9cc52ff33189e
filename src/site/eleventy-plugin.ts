import type { EleventyConfig } from '@11ty/eleventy';
import { configureDevServer, devServerSiteData, reusingUnchangedSiteFeed } from './dev-server-model.ts';
import { addNunjucksCompileCache } from './nunjucks-compile-cache.ts';
import { absoluteUrl, jsonForScript, readingTimeLabel } from './filters.ts';
import { withPathPrefix } from '../routes/site-url.ts';
import { FEED_FORMATS, routes, SITE_FEEDS } from '../routes/routes.ts';
import { headMetadata } from './structured-data.ts';
import { pageCardUrl } from '../cards/page-card.ts';
import { addCrawlerTemplates, addFeedTemplates } from '../feeds/feed-templates.ts';
import { addInlinedEmailTemplate } from '../email/email-template.ts';
import { PreviewSearchIndex } from '../search/preview-search-index.ts';
import { siteHandedTo } from './site-handoff.ts';
import { copyPlannedImages } from './image-step.ts';
import { socialCardsStep } from '../cards/cards-step.ts';

/**
 * The one place Daybook meets Eleventy: the site model the build handed over (site-handoff.ts)
 * becomes global data `daybook`, the route table global data `routes`, and the layouts in
 * layouts/ turn them into pages.
 */
/** The layouts of pages that are not paginated over the archive; every other layout paginates over daybook.pages. */
export const SINGLE_PAGE_LAYOUTS = ['index.njk', '404.njk', 'archive.njk', 'corrections.njk', 'search.njk', 'tags.njk'].map((name) => `layouts/${name}`);

export function daybookPlugin(eleventyConfig: EleventyConfig): void {
  const site = siteHandedTo(eleventyConfig);
  if (site.devServer) {
    const siteData = devServerSiteData(eleventyConfig, site.options, site.model);
    eleventyConfig.addGlobalData('daybook', siteData);
    configureDevServer(eleventyConfig, site.options.contentDir);
    // The published build indexes before Eleventy renders (src/cli/build.ts); the preview after each build, in the background.
    const search = new PreviewSearchIndex(site.options.contentDir, site.options.cacheDir, (line) => console.log(line));
    eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) => search.refresh(await siteData(), directories.output));
    addFeedTemplates(eleventyConfig, { siteFeed: reusingUnchangedSiteFeed, singlePages: true });
    // The published build copies images in a step of its own (src/site/image-step.ts); the preview after each build.
    eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) =>
      copyPlannedImages((await siteData()).images, directories.output, { skipUnchanged: true }),
    );
    // The preview's pages name their social cards too: drawn (or taken from the card cache) for the pages just rendered.
    eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) =>
      socialCardsStep.run(directories.output, await siteData(), site.options),
    );
  } else {
    const { model } = site;
    eleventyConfig.addGlobalData('daybook', () => model);
    addFeedTemplates(eleventyConfig, { singlePages: model.pages.singlePages });
    if (model.pages.singlePages) addCrawlerTemplates(eleventyConfig, model);
    // A build rendered in slices writes the single pages with its first slice only.
    else for (const layout of SINGLE_PAGE_LAYOUTS) eleventyConfig.ignores.add(layout);
  }
  eleventyConfig.addGlobalData('routes', routes);
  eleventyConfig.addGlobalData('siteFeeds', FEED_FORMATS.map((format) => ({ label: SITE_FEEDS[format].label, url: routes.siteFeed(format) })));

  // Autoescape is what keeps a headline like "Fed <script> cuts" text on every page.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  // Paginated layouts would otherwise be recompiled for every page (see nunjucks-compile-cache.ts).
  addNunjucksCompileCache(eleventyConfig);

  eleventyConfig.addFilter('absoluteUrl', absoluteUrl);
  eleventyConfig.addFilter('jsonForScript', jsonForScript);
  eleventyConfig.addFilter('readingTime', readingTimeLabel);
  // A site published under a path gets its URLs prefixed where they are printed: layouts pass
  // site-relative URLs through this filter, and a story body comes prefixed (Story.pageHtml).
  // Eleventy sets pathPrefix (the build passes it in its options) before it runs plugins.
  eleventyConfig.addFilter('withPathPrefix', (url: string) => withPathPrefix(url, eleventyConfig.pathPrefix ?? '/'));
  eleventyConfig.addFilter('headMetadata', headMetadata);
  eleventyConfig.addFilter('socialCard', pageCardUrl);
  // The email edition renders from its template with the CSS inlined once per build, not per issue.
  addInlinedEmailTemplate(eleventyConfig, site.options.cacheDir);

  // No passthrough copy of content/images/: it copied links as links and published images of
  // stories not yet out. The image step publishes the files src/content/images.ts plans.
  // Copied once per build: a build rendered in slices copies them with its single pages.
  if (site.model.pages.singlePages) eleventyConfig.addPassthroughCopy({ 'layouts/assets': 'assets' });
  eleventyConfig.setUseGitIgnore(false);
}

import path from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import { markdown } from '../transforms/markdown.ts';
import { buildOptionsFromEnv, type BuildOptions } from './build-options.ts';
import { loadSite } from './load-site.ts';
import { configureDevServer, devServerSiteData, reusingUnchangedSiteFeed } from './dev-server-model.ts';
import { cacheNunjucksCompiles, type NunjucksLibrary } from './nunjucks-compile-cache.ts';
import { absoluteUrl, jsonForScript, readingTimeLabel } from './filters.ts';
import { loadSiteConfig } from '../content/site-config.ts';
import { sitePathPrefix, withPathPrefix } from './site-url.ts';
import { headMetadata } from './structured-data.ts';
import { taxonFeedPath } from '../feeds/feed-paths.ts';
import { issuesFeedText, latestStoriesFeedText, newsSitemapText, robotsText, sitemapText, taxonFeedText } from '../feeds/outputs.ts';
import { addInlinedEmailTemplate } from '../email/email-template.ts';
import { correctionsFeedText } from '../feeds/corrections-feed.ts';
import { PreviewSearchIndex } from '../search/preview-search-index.ts';

/**
 * The one place Daybook meets Eleventy: the site model becomes global data `daybook`, and
 * the layouts in layouts/ turn it into pages.
 */
export function daybookPlugin(eleventyConfig: EleventyConfig, overrides: Partial<BuildOptions> = {}): void {
  const options: BuildOptions = { ...buildOptionsFromEnv(), ...overrides };
  const devServer = process.env.DAYBOOK_DEV_SERVER === '1';
  if (devServer) {
    const siteData = devServerSiteData(eleventyConfig, options);
    eleventyConfig.addGlobalData('daybook', siteData);
    configureDevServer(eleventyConfig);
    // The published build indexes before Eleventy renders (src/cli/build.ts); the preview after each build, in the background.
    const search = new PreviewSearchIndex(options.contentDir, process.env.DAYBOOK_CACHE || undefined, (line) => console.log(line));
    eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) => search.refresh(await siteData(), directories.output));
  } else {
    eleventyConfig.addGlobalData('daybook', async () => (await loadSite(options)).model);
  }

  // Autoescape is what keeps a headline like "Fed <script> cuts" text on every page.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  // Paginated layouts would otherwise be recompiled for every page (see nunjucks-compile-cache.ts).
  eleventyConfig.on('eleventy.engine.njk', ({ nunjucks, environment }: { nunjucks: NunjucksLibrary; environment: object }) =>
    cacheNunjucksCompiles(nunjucks, environment),
  );
  eleventyConfig.setLibrary('md', markdown);

  eleventyConfig.addFilter('absoluteUrl', absoluteUrl);
  eleventyConfig.addFilter('jsonForScript', jsonForScript);
  eleventyConfig.addFilter('readingTime', readingTimeLabel);
  // Eleventy sets pathPrefix (from the config's return value) before it runs plugins.
  eleventyConfig.addFilter('withPathPrefix', (url: string) => withPathPrefix(url, eleventyConfig.pathPrefix ?? '/'));
  eleventyConfig.addFilter('headMetadata', headMetadata);
  eleventyConfig.addFilter('taxonFeedPath', taxonFeedPath);
  // Feeds and sitemaps are written by src/feeds/ with an XML library; layouts/feeds/ only names their files.
  // The dev server reuses a site feed's last text when an edit touched nothing it lists.
  eleventyConfig.addFilter('latestStoriesFeed', devServer ? reusingUnchangedSiteFeed(latestStoriesFeedText) : latestStoriesFeedText);
  eleventyConfig.addFilter('taxonFeed', taxonFeedText);
  eleventyConfig.addFilter('issuesFeed', devServer ? reusingUnchangedSiteFeed(issuesFeedText) : issuesFeedText);
  eleventyConfig.addFilter('sitemap', sitemapText);
  eleventyConfig.addFilter('newsSitemap', newsSitemapText);
  eleventyConfig.addFilter('robotsTxt', robotsText);
  eleventyConfig.addFilter('correctionsFeed', correctionsFeedText);
  // The email edition renders from its template with the CSS inlined once per build, not per issue.
  addInlinedEmailTemplate(eleventyConfig);
  // A site published under a path gets its URLs prefixed where they are printed: layouts pass
  // site-relative URLs through the withPathPrefix filter (pathPrefix, see daybookPathPrefix), and a
  // story body comes prefixed from its content (Story.pageHtml). No HtmlBasePlugin: re-parsing
  // every page written cost about 7 s at 4,000 stories.

  eleventyConfig.addPassthroughCopy({ [path.join(options.contentDir, 'images')]: 'images' });
  eleventyConfig.addPassthroughCopy({ 'layouts/assets': 'assets' });
  eleventyConfig.addWatchTarget(options.contentDir);
  eleventyConfig.setUseGitIgnore(false);
}

/**
 * Eleventy's pathPrefix: the path of the site url ("/digest/" for https://fixture.example/digest),
 * so pages link within the folder the site is published in. "/" when site.yml cannot be read:
 * the build then reports the real problem.
 */
export async function daybookPathPrefix(): Promise<string> {
  try {
    return sitePathPrefix((await loadSiteConfig(buildOptionsFromEnv().contentDir)).url);
  } catch {
    return '/';
  }
}

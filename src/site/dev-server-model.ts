import path from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import type { BuildOptions } from './build-options.ts';
import { loadSite } from './load-site.ts';
import type { SiteModel } from './model.ts';
import { NO_PAGES, pagesChangedSince } from './render-set.ts';
import { ContentError, formatProblem } from '../content/problems.ts';
import { STORIES_FOLDER } from '../content/story-files.ts';

/**
 * The dev server's Eleventy settings: rebuild when content changes, and sooner after a save.
 * Eleventy waits until a changed file has kept its size for 150 ms; an editor writes a story
 * in one go, so 50 ms is enough. Sitemaps and robots.txt are not registered for the preview
 * (crawlers read them from the live host; see feed-templates.ts).
 */
export function configureDevServer(eleventyConfig: EleventyConfig, contentDir: string): void {
  eleventyConfig.addWatchTarget(contentDir);
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
}

/**
 * A site-wide feed's filter for the dev server: when the render set says the edit touched
 * nothing the feed lists, the text it had in the last build (per filter arguments, e.g. the
 * format) instead of building the XML again.
 */
export function reusingUnchangedSiteFeed<Args extends unknown[]>(
  render: (model: SiteModel, ...args: Args) => string,
): (model: SiteModel, ...args: Args) => string {
  const lastText = new Map<string, string>();
  return (model, ...args) => {
    const key = JSON.stringify(args);
    const last = lastText.get(key);
    if (!model.pages.siteFeeds && last !== undefined) return last;
    const text = render(model, ...args);
    lastText.set(key, text);
    return text;
  };
}

/**
 * The dev server's `daybook` data. Eleventy re-renders every page of a paginated template on
 * any change, so a one-story edit would rewrite every page of a large archive. When
 * only story files changed since the last build, the model asks the layouts to render just
 * the pages that story edit can touch (model.pages); any other change renders everything.
 */
export function devServerSiteData(eleventyConfig: EleventyConfig, options: BuildOptions, first: SiteModel): () => Promise<SiteModel> {
  let previous: SiteModel | undefined;
  let storiesOnly = false;
  let build = 0;
  let current: { build: number; model: Promise<SiteModel> } | undefined;

  eleventyConfig.on('eleventy.beforeWatch', (changedFiles: string[]) => {
    build += 1;
    storiesOnly = changedFiles.length > 0 && changedFiles.every((file) => isStoryFile(file, options.contentDir));
  });

  const modelFor = async (): Promise<SiteModel> => {
    // The first build renders the model npm start checked before serving, instead of loading it again.
    const loaded = previous === undefined ? { model: first } : await loadOrKeepLastGood(options, previous);
    if (loaded === 'kept') return Object.freeze({ ...previous!, pages: NO_PAGES });
    const { model } = loaded;
    const pages = previous !== undefined && storiesOnly ? pagesChangedSince(previous, model) : model.pages;
    previous = model;
    // Frozen, Eleventy hands every template the model itself instead of deep-copying its plain
    // objects (issueOfStory has an entry per story) into each template's data.
    return Object.freeze({ ...model, pages });
  };

  // Eleventy may ask for global data more than once per build: compute it once per build.
  return () => {
    if (current?.build !== build) current = { build, model: modelFor() };
    return current.model;
  };
}

/**
 * A save with a mistake in it must not take the preview down: Eleventy does not recover from
 * a failed global data load, so the errors are printed and the last good site stays served
 * until the editor saves a fix. The first load has nothing to fall back on and fails as usual.
 */
async function loadOrKeepLastGood(
  options: BuildOptions,
  previous: SiteModel | undefined,
): Promise<Awaited<ReturnType<typeof loadSite>> | 'kept'> {
  try {
    return await loadSite(options);
  } catch (error) {
    if (!(error instanceof ContentError) || previous === undefined) throw error;
    console.error(error.problems.map(formatProblem).join('\n'));
    console.error('The preview still shows the last good version; save a fix to update it.');
    return 'kept';
  }
}

function isStoryFile(file: string, contentDir: string): boolean {
  const absolute = path.resolve(file);
  return absolute.startsWith(path.join(contentDir, STORIES_FOLDER) + path.sep) && /\.md$/i.test(absolute);
}

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from './front-matter.ts';
import { decodeStoryText } from './story-text.ts';
import { IMAGES_FOLDER, imageUsesOf, planImages, siteImageUse, type ImagePlan, type PublishedImage } from './images.ts';
import { listImages } from './image-listing.ts';
import { validateFrontMatter } from './validate.ts';
import { normalizeStory, type NormalizeResult, type ParsedStoryFile, type StoryFile } from './normalize.ts';
import { loadSiteConfigForChecking, SITE_CONFIG_FILE, type SiteConfig } from './site-config.ts';
import { findCrossStoryProblems } from './cross-checks.ts';
import { selectPublished, type PublishingMode } from '../transforms/publishing.ts';
import { ContentError, errorsOf, type ContentProblem } from './problems.ts';
import type { Story } from './story.ts';
import { parseInParallel } from './parallel-load.ts';
import { settledStat, statUnchanged, type FileStat } from './file-stat.ts';
import { listAndStatStoryFiles } from './listed-files.ts';
import { pathsUnder } from './story-files.ts';
import { hashText, parseThroughCache, PersistentStoryCache, storyCacheScope } from './story-cache.ts';

export interface LoadOptions {
  contentDir: string;
  mode: PublishingMode;
  /** Epoch ms of "now", for scheduled publishing; tests pin it. */
  now: number;
  /** Keep parsed stories here between builds (story-cache.ts); undefined: this process's memory only. */
  cacheDir?: string | undefined;
  /**
   * False when this process loads the content once (a production build): its stories are then
   * not also kept in this process's memory for a next load, as the dev server keeps them (a
   * hundred thousand entries made and kept for nothing). Default true.
   */
  reloads?: boolean;
}

export interface LoadedContent {
  config: SiteConfig;
  /** The stories this build publishes, newest first. */
  stories: Story[];
  /** Warnings of the whole build (errors throw). */
  problems: ContentProblem[];
  /** The files of content/images/ this build publishes (see images.ts). */
  images: PublishedImage[];
}

/**
 * Reads every story under the content folder and returns them validated and normalized, or
 * throws one ContentError that lists every error of every file.
 */
export async function loadContent(options: LoadOptions): Promise<LoadedContent> {
  assertContentFolder(options.contentDir);
  const site = await loadSiteConfigForChecking(options.contentDir);
  const config = site.config;
  // Stories checked against a stand-in site.yml are not worth keeping in the build cache.
  const results = await loadStoryFiles(options.contentDir, config, site.problems.length > 0 ? undefined : options.cacheDir, options.reloads === false ? undefined : storyCache);

  const problems = [...site.problems, ...results.flatMap((result) => result.problems)];
  const loaded = results.flatMap((result) => (result.story ? [result.story] : []));
  const stories = selectPublished(loaded, options.mode, options.now);
  // Scheduled stories are held back from this build, not from the rules: two leads dated next
  // month fail today's check, not the unattended build on the day. Drafts wait for an editor.
  problems.push(...findCrossStoryProblems(selectPublished(loaded, options.mode, Number.POSITIVE_INFINITY)));

  const images = await planContentImages(options.contentDir, config, stories, loaded);
  problems.push(...images.problems);

  if (errorsOf(problems).length > 0) throw new ContentError(problems);
  return { config, stories: stories.sort((a, b) => b.published.epochMs - a.published.epochMs), problems, images: images.publish };
}

/** The images this build publishes: those its stories and pages use, or that no story uses (images.ts). */
async function planContentImages(contentDir: string, config: SiteConfig, published: readonly Story[], loaded: readonly Story[]): Promise<ImagePlan> {
  const publishedSet = new Set(published);
  const displayDir = path.relative(process.cwd(), path.join(contentDir, IMAGES_FOLDER)) || IMAGES_FOLDER;
  return planImages({
    entries: await listImages(contentDir),
    published: [...published.flatMap(imageUsesOf), ...siteImageUse(config.publisher.logo, path.join(path.dirname(displayDir), SITE_CONFIG_FILE))],
    heldBack: loaded.filter((story) => !publishedSet.has(story)).flatMap(imageUsesOf),
    displayDir,
  });
}

/** A missing content folder is said as such, not as site.yml's url being missing. */
function assertContentFolder(contentDir: string): void {
  if (statSync(contentDir, { throwIfNoEntry: false })?.isDirectory()) return;
  const displayPath = path.relative(process.cwd(), contentDir) || contentDir;
  throw new ContentError([
    { severity: 'error', file: displayPath, message: 'the content folder does not exist; give the folder that holds site.yml and stories/.' },
  ]);
}

interface CacheEntry {
  /** The site config the result was made with (configKey). */
  config: string;
  stat: FileStat | undefined;
  result: NormalizeResult;
}

/**
 * The dev server reloads content on every save; re-reading only files whose stat changed
 * (file-stat.ts) keeps one edit in a large archive cheap.
 */
const storyCache = new Map<string, CacheEntry>();

/** Forgets the stories this process loaded: the next load goes to the files and the build cache (after damage was found in it). */
export function forgetLoadedStories(): void {
  storyCache.clear();
}

/** `memory`: this process's stories of earlier loads, kept for the next (the dev server's), or undefined to keep none. */
async function loadStoryFiles(contentDir: string, config: SiteConfig, cacheDir: string | undefined, memory: Map<string, CacheEntry> | undefined): Promise<NormalizeResult[]> {
  const key = configKey(config);
  const statedAt = Date.now();
  const pathIn = pathsUnder(contentDir);
  const listing = listAndStatStoryFiles(contentDir);
  // Awaited below; observed now, so a failure before then is not an unhandled rejection.
  listing.catch(() => undefined);
  const persistent = cacheDir === undefined ? undefined : new PersistentStoryCache(cacheDir, contentDir);
  // A build's first load reads the whole build cache: read while the files are listed and stat'ed (listed-files.ts).
  const firstScope = persistent !== undefined && (memory?.size ?? 0) === 0 ? await storyCacheScope(key) : undefined;
  if (persistent !== undefined && firstScope !== undefined) persistent.read(firstScope).catch(() => undefined);
  const { files, absolutePaths, stats } = await listing;
  const entries = files.map((relativePath, index) => ({ relativePath, absolutePath: absolutePaths[index]!, stat: stats[index]! }));
  const stale =
    memory === undefined
      ? entries
      : entries.filter((entry) => {
          const cached = memory.get(entry.absolutePath);
          return cached === undefined || cached.config !== key || !statUnchanged(cached.stat, entry.stat);
        });
  const parse = (batch: StoryFile[]): Promise<ParsedStoryFile[]> =>
    parseInParallel({ contentDir, config, files: batch }, (here) => parseStoryFiles(contentDir, here, config));
  const staleFiles = stale.map(({ relativePath, absolutePath, stat }) => ({ file: { relativePath, displayPath: pathIn.display(relativePath) }, stat }));
  // A dev server's reload after a save that changed no story has nothing to look up.
  const parsed =
    persistent === undefined || stale.length === 0
      ? await parse(staleFiles.map(({ file }) => file))
      : await parseThroughCache(persistent, firstScope ?? (await storyCacheScope(key)), {
          contentDir,
          files: staleFiles,
          statedAt,
          allFiles: files,
          parse,
        });
  if (parsed.length !== stale.length) throw new Error(`${parsed.length} results for ${stale.length} story files`);
  if (memory === undefined) return parsed;
  stale.forEach((entry, index) => {
    // An unsettled stat is not trusted here either (see settledStat): the file is checked again.
    memory.set(entry.absolutePath, { config: key, stat: settledStat(entry.stat, statedAt), result: parsed[index]! });
  });
  return entries.map((entry) => {
    const cached = memory.get(entry.absolutePath);
    if (cached === undefined) throw new Error(`no result for ${entry.absolutePath}`);
    return cached.result;
  });
}

/**
 * Reads and parses stories one after another. Reading synchronously keeps a thread's CPU on
 * parsing: the files are small, and the threads of a parallel load each read their own.
 */
export function parseStoryFiles(contentDir: string, files: readonly StoryFile[], config: SiteConfig): ParsedStoryFile[] {
  return files.map((file): ParsedStoryFile => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(contentDir, file.relativePath));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : ((error as NodeJS.ErrnoException).code ?? 'unreadable');
      const message = `cannot be read (${reason}); check that the file exists and that the build may read it.`;
      return { story: undefined, problems: [{ severity: 'error', file: file.displayPath, message }] };
    }
    const text = decodeStoryText(bytes, file.displayPath);
    const textHash = hashText(text.ok ? text.text : bytes.toString('utf8'));
    return { ...(text.ok ? parseStory(text.text, file, config) : { story: undefined, problems: [text.problem] }), textHash };
  });
}

export function parseStory(
  source: string,
  file: { relativePath: string; displayPath: string },
  config: SiteConfig,
): NormalizeResult {
  const parsed = parseFrontMatter(source, file.displayPath);
  if (!parsed.ok) return { story: undefined, problems: [parsed.problem] };
  const validated = validateFrontMatter(parsed.data, file.displayPath);
  if (validated.frontMatter === undefined) return { story: undefined, problems: validated.problems };
  const normalized = normalizeStory(validated.frontMatter, parsed.body, file, config, parsed.bodyLine);
  return { story: normalized.story, problems: [...validated.problems, ...normalized.problems] };
}

const configKeys = new WeakMap<SiteConfig, string>();
function configKey(config: SiteConfig): string {
  let key = configKeys.get(config);
  if (key === undefined) {
    key = JSON.stringify(config);
    configKeys.set(config, key);
  }
  return key;
}

export { SITE_CONFIG_FILE };

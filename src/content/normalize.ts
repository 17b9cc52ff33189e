import { createHash } from 'node:crypto';
import { dek, paragraphsOfTokens, storyParagraphs, stripBoilerplate, summarizeParagraphs } from '../transforms/summary/index.ts';
import { readingStats } from '../transforms/reading-time.ts';
import { parseNewsroomDate, type NewsroomDate } from '../transforms/dates.ts';
import { renderMarkdownWithTokens } from '../transforms/markdown.ts';
import { slugOf, storySlugFromPath } from '../transforms/slugs.ts';
import { rawHtmlProblems } from '../transforms/raw-html-balance.ts';
import { storySlugProblems } from './slug-checks.ts';
import { prefixRootRelativeUrls } from '../transforms/site-path-links.ts';
import { sitePathPrefix } from '../routes/site-url.ts';
import type { SiteConfig } from './site-config.ts';
import type { StoryFrontMatter } from './schema.ts';
import type { Story, Taxon } from './story.ts';
import type { ContentProblem } from './problems.ts';
import { routes, type TaxonKind } from '../routes/routes.ts';
import { headlineLengthProblems } from './headline-length.ts';
import { storyCorrections } from './corrections.ts';
import { imagePathsInHtml } from './images.ts';

export interface StoryFile {
  /** Path under the content folder with forward slashes: "stories/2026-11-20-x.md". */
  relativePath: string;
  /** Path shown in messages. */
  displayPath: string;
}

export type NormalizeResult = { story: Story | undefined; problems: ContentProblem[] };

/**
 * A story file's parse, with the hash (story-cache.ts hashText) of the text it was parsed
 * from when the file could be read: the build cache keys the result by it, so a file seen for
 * the first time is read once, by the parser.
 */
export type ParsedStoryFile = NormalizeResult & { textHash?: string };

/** Turns valid front matter and Markdown into a Story; reports what only the site config can judge. */
export function normalizeStory(
  frontMatter: StoryFrontMatter,
  body: string,
  file: StoryFile,
  config: SiteConfig,
  /** The file line the body starts on, for messages about the body. */
  bodyLine = 1,
): NormalizeResult {
  const problems: ContentProblem[] = headlineLengthProblems(frontMatter.title, file.displayPath);
  const published = dateOf(frontMatter.date, config.timeZone);
  const updated = frontMatter.updated === undefined ? undefined : dateOf(frontMatter.updated, config.timeZone);
  if (updated !== undefined && updated.epochMs < published.epochMs) {
    problems.push({
      severity: 'error',
      file: file.displayPath,
      field: 'updated',
      message: `found ${frontMatter.updated}, which is before the story's date ${frontMatter.date}; expected a moment after it (or remove "updated").`,
    });
  }
  const corrected = storyCorrections(frontMatter, published, updated, file.displayPath, config.timeZone);
  problems.push(...corrected.problems);
  const sectionName = frontMatter.section ?? config.defaultSection;
  if (config.sections.length > 0 && !config.sections.includes(sectionName) && sectionName !== config.defaultSection) {
    problems.push({
      severity: 'warning',
      file: file.displayPath,
      field: 'section',
      message: `"${sectionName}" is not one of the sections in site.yml (${config.sections.join(', ')}); it is listed after them.`,
    });
  }

  problems.push(...storySlugProblems(sectionName, frontMatter.tags, file));

  const { html, tokens } = renderMarkdownWithTokens(body);
  for (const problem of rawHtmlProblems(tokens)) {
    problems.push({ severity: 'error', file: file.displayPath, line: bodyLine + problem.bodyLine, message: problem.message });
  }
  // The summary and the word count share one reading of the text, from the tokens unless raw HTML needs the HTML parsed.
  const paragraphs = paragraphsOfTokens(tokens) ?? storyParagraphs(html);
  const summary = frontMatter.summary ?? summarizeParagraphs(stripBoilerplate(paragraphs), config.summary);
  const stats = readingStats(paragraphs.join('\n'));
  const slug = storySlugFromPath(file.relativePath);
  const authors = typeof frontMatter.author === 'string' ? [frontMatter.author] : (frontMatter.author ?? []);

  const story: Omit<Story, 'fingerprint'> = {
    id: file.relativePath.replace(/\.md$/i, ''),
    file: file.displayPath,
    slug,
    url: routes.story(published.day, slug),
    title: frontMatter.title,
    section: taxon(sectionName, 'sections'),
    tags: uniqueBySlug(frontMatter.tags.map((tag) => taxon(tag, 'tags'))),
    authors,
    byline: authors.length === 0 ? '' : `By ${joinNames(authors)}`,
    sources: frontMatter.sources,
    lead: frontMatter.lead,
    draft: frontMatter.draft,
    published,
    updated: corrected.updated,
    corrections: corrected.corrections,
    image: frontMatter.image === undefined ? undefined : { src: frontMatter.image, alt: frontMatter.imageAlt ?? '' },
    html,
    imagesInText: imagePathsInHtml(html),
    rawHtml: tokens.some((token) => token.type === 'html_block' || token.children?.some((child) => child.type === 'html_inline')),
    // Once per story (and kept in the story cache), instead of re-parsing every page Eleventy writes.
    pageHtml: prefixRootRelativeUrls(html, sitePathPrefix(config.url)),
    summary,
    summarySource: frontMatter.summary === undefined ? 'extracted' : 'editor',
    dek: dek(summary),
    words: stats.words,
    readingMinutes: stats.minutes,
  };
  return { story: { ...story, fingerprint: fingerprintOf(story) }, problems };
}

/**
 * A digest of everything the story is, not of what it was made from: whatever is built from a
 * story alone (its search record, the pages that show it) is the same for an equal fingerprint,
 * whichever site setting or Daybook version made it.
 */
function fingerprintOf(story: Omit<Story, 'fingerprint'>): string {
  // The texts are hashed as they are: JSON-escaping them first was most of the cost.
  const { html, pageHtml, ...fields } = story;
  const hash = createHash('sha256').update(JSON.stringify(fields)).update(`\0${html.length}\0`).update(html);
  if (pageHtml !== html) hash.update(`\0${pageHtml.length}\0`).update(pageHtml);
  return hash.digest('base64url').slice(0, 22);
}

function dateOf(value: string, timeZone: string): NewsroomDate {
  const parsed = parseNewsroomDate(value, timeZone);
  // The schema already rejected malformed dates, so this cannot fail for validated input.
  if (!parsed.ok) throw new Error(`unvalidated date reached normalizeStory: ${value}`);
  return parsed.value;
}

export function taxon(name: string, kind: TaxonKind): Taxon {
  const slug = slugOf(name);
  return { name, slug, url: routes.taxon(kind, slug) };
}

function uniqueBySlug(taxa: Taxon[]): Taxon[] {
  const seen = new Set<string>();
  return taxa.filter((item) => !seen.has(item.slug) && seen.add(item.slug));
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

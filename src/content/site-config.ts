import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { isValidTimeZone } from '../transforms/dates.ts';
import { slugProblem } from '../transforms/slugs.ts';
import { YamlTooLargeError, assertYamlWithinLimit } from './yaml-limits.ts';
import { ContentError, describeFound, valueAtPath, type ContentProblem } from './problems.ts';

/** The file beside the stories that holds the publication's own settings. */
export const SITE_CONFIG_FILE = 'site.yml';

/** A section gets a page at /sections/<slug>/, so its name must give a slug. */
const sectionName = z.string().min(1).superRefine((name, context) => {
  const problem = slugProblem(name);
  if (problem) context.addIssue({ code: 'custom', message: `the section name ${problem}` });
});

const siteConfigSchema = z.object({
  title: z.string().min(1).default('Daybook'),
  tagline: z.string().default('The news of the day, from the newsletters that matter.'),
  url: z
    .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://daybook.example' })
    .transform((url) => url.replace(/\/+$/, '')),
  // Pages print it in lang="..." and Pagefind reads it to pick a stemmer: only a real language tag will do.
  language: z.string().refine(isLanguageTag, { error: 'expected a BCP 47 language tag such as en, en-GB or pt-BR' }).default('en'),
  // Open Graph's og:locale (language_TERRITORY); without it, derived from language when that names a territory.
  locale: z
    .string()
    .regex(/^[a-z]{2,3}[-_][A-Za-z]{2}$/, { error: 'expected a language and territory such as en_US or en_GB' })
    .transform((locale) => `${locale.slice(0, -3)}_${locale.slice(-2).toUpperCase()}`)
    .optional(),
  // The publication's X (Twitter) account, for twitter:site on every page; "daybook" means "@daybook".
  twitterSite: z
    .string()
    .regex(/^@?\w{1,15}$/, { error: 'expected an X (Twitter) handle such as @daybook' })
    .transform((handle) => (handle.startsWith('@') ? handle : `@${handle}`))
    .optional(),
  timeZone: z
    .string()
    .refine(isValidTimeZone, { error: 'expected an IANA time zone such as America/New_York' })
    .default('America/New_York'),
  defaultSection: sectionName.default('News'),
  sections: z.array(sectionName).default([]),
  feedItems: z.int().positive().default(50),
  summary: z
    .object({
      maxWords: z.int().positive().default(60),
      maxSentences: z.int().positive().default(2),
    })
    .default({ maxWords: 60, maxSentences: 2 }),
  publisher: z
    .object({
      name: z.string().min(1).optional(),
      logo: z.string().optional(),
    })
    .default({}),
  author: z.string().default('The Daybook desk'),
  search: z
    .object({
      // Pagefind's indexer holds about 0.2 MB per story and takes about 1.3 ms per story, so one
      // index per run of months keeps a large archive's build within memory and the correction
      // of an old story to a part's re-index of about two seconds; each index is one more
      // request per search (merged indexes share the first one's WebAssembly).
      storiesPerIndex: z.int().positive().default(2000),
    })
    .default({ storiesPerIndex: 2000 }),
  listing: z
    .object({
      // Section and tag pages list this many stories each, newest first, then continue on
      // /page/2/ and so on: a listing's page stays the same size however large the archive grows.
      storiesPerPage: z.int().positive().default(30),
    })
    .default({ storiesPerPage: 30 }),
  // Social cards (src/cards/): stories of this many of the newest issues get a card of their
  // own; older ones without a raster picture share their section's card.
  socialCards: z
    .object({ recentIssues: z.int().nonnegative().default(3) })
    .default({ recentIssues: 3 }),
  // The newsroom time (HH:MM, 24-hour, in timeZone) a day's issue closes and enters the issues
  // feed; without it, an issue closes when a story of a later day is published.
  issueCloses: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour newsroom time such as "18:00" (quote it in YAML)' })
    .optional(),
});

export type SiteConfig = z.output<typeof siteConfigSchema> & { publisher: { name: string } };

/**
 * Loads content/site.yml. DAYBOOK_URL overrides the URL so one checkout can publish to a
 * staging and a production address without editing content.
 */
export async function loadSiteConfig(contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<SiteConfig> {
  const file = path.join(contentDir, SITE_CONFIG_FILE);
  const displayPath = path.relative(process.cwd(), file) || file;
  let raw: unknown = {};
  try {
    raw = yaml.load(await readFile(file, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: displayPath }) ?? {};
    assertYamlWithinLimit(raw);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new ContentError([yamlProblem(displayPath, error, 0)]);
    }
    // Without the file, "url: found nothing" would send the editor looking in the wrong place.
    if (!env.DAYBOOK_URL) {
      throw new ContentError([
        { severity: 'error', file: displayPath, message: 'does not exist; create it with at least the site\'s address, e.g. "url: https://daybook.example".' },
      ]);
    }
  }
  return parseSiteConfig(withUrlOverride(raw, env.DAYBOOK_URL), displayPath);
}

export function parseSiteConfig(raw: unknown, displayPath = SITE_CONFIG_FILE): SiteConfig {
  const result = siteConfigSchema.safeParse(raw);
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((issue) => ({
        severity: 'error',
        file: displayPath,
        field: issue.path.join('.'),
        message: `found ${describeFound(valueAtPath(raw, issue.path))}; ${issue.message}.`,
      })),
    );
  }
  const config = result.data;
  return { ...config, publisher: { ...config.publisher, name: config.publisher.name ?? config.title } };
}

/**
 * site.yml for a load that lists every error at once: when site.yml itself has errors, they
 * are returned with a stand-in config of defaults, so the stories are still checked and their
 * errors listed beside site.yml's instead of hidden behind them.
 */
export async function loadSiteConfigForChecking(
  contentDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ config: SiteConfig; problems: ContentProblem[] }> {
  try {
    return { config: await loadSiteConfig(contentDir, env), problems: [] };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { config: parseSiteConfig({ url: 'https://site-yml-has-errors.invalid' }), problems: [...error.problems] };
  }
}

/** "en", "en-GB", "zh-Hant-TW": what Intl accepts as a language tag (BCP 47), nothing else. */
function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function withUrlOverride(raw: unknown, url: string | undefined): unknown {
  if (!url || typeof raw !== 'object' || raw === null) return raw;
  return { ...raw, url };
}


/** lineOffset: how many file lines stand before the YAML text (the opening --- of front matter). */
export function yamlProblem(file: string, error: unknown, lineOffset: number): ContentProblem {
  if (error instanceof yaml.YAMLException) {
    return {
      severity: 'error',
      file,
      line: error.mark ? error.mark.line + 1 + lineOffset : undefined,
      message: `the YAML is malformed: ${error.reason}. Check indentation, and quote values that contain a colon followed by a space.`,
    };
  }
  if (error instanceof YamlTooLargeError) {
    return {
      severity: 'error',
      file,
      message: `the YAML ${error.message}, counting each value an alias (*name) repeats; a few dozen are expected. Write the fields out plainly, without nested aliases.`,
    };
  }
  return { severity: 'error', file, message: `could not be read: ${(error as Error).message}` };
}

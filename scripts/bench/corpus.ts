import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dump } from 'js-yaml';
import { seededRandom, type Random } from './prng.ts';
import { headline, storyBody } from './story-text.ts';
import { AUTHORS, OUTLETS, SECTIONS, TAGS } from './vocabulary.ts';

/** A newsroom publishes about this many stories a day, so N stories span N / 25 days. */
export const STORIES_PER_DAY = 25;
const FIRST_DAY = Date.UTC(2023, 0, 2);
const DAY_MS = 86_400_000;

export interface CorpusFile {
  /** Relative to the content folder, forward slashes. */
  path: string;
  text: string;
}

/** What a corpus of N stories spans, known without generating it. */
export interface CorpusShape {
  count: number;
  days: number;
  /** An ISO instant after every story, to pass as --now so none is held back as scheduled. */
  now: string;
}

export interface Corpus extends CorpusShape {
  files: CorpusFile[];
}

/** A corpus written to disk: its shape and its stories' paths, not their text. */
export interface WrittenCorpus extends CorpusShape {
  /** Content-relative paths of the stories, in name order (so by day, oldest first). */
  storyPaths: string[];
}

export const SITE_YML = `title: Daybook bench
tagline: A generated archive for measuring builds.
url: https://bench.example
language: en
timeZone: America/New_York
sections: [${SECTIONS.join(', ')}]
defaultSection: News
feedItems: 50
summary:
  maxWords: 60
  maxSentences: 2
`;

export function corpusShape(count: number): CorpusShape {
  const days = Math.max(1, Math.ceil(count / STORIES_PER_DAY));
  return { count, days, now: new Date(FIRST_DAY + (days + 1) * DAY_MS).toISOString() };
}

/**
 * site.yml, then the stories one at a time: the same (count, seed) always gives byte-identical
 * files, and a caller that writes them as they come never holds the archive's text (about
 * 4 KB a story, 400 MB at 100,000).
 */
export function* corpusFiles(count: number, seed = 20261124): Generator<CorpusFile> {
  const random = seededRandom(seed);
  yield { path: 'site.yml', text: SITE_YML };
  for (let index = 0; index < count; index += 1) {
    yield storyFile(random, { index, dayNumber: Math.floor(index / STORIES_PER_DAY), mayLead: index % STORIES_PER_DAY === 0 });
  }
}

/** The whole corpus in memory: for tests and small sizes. */
export function generateCorpus(count: number, seed = 20261124): Corpus {
  return { ...corpusShape(count), files: [...corpusFiles(count, seed)] };
}

export interface StoryPlacement {
  /** Makes the file name unique: the slug ends in it. */
  index: number;
  /** Days after the corpus's first day. */
  dayNumber: number;
  /** At most one lead per day: only the day's first story may claim it. */
  mayLead: boolean;
}

/** One story as an editor would write it, placed on its day. */
export function storyFile(random: Random, placement: StoryPlacement): CorpusFile {
  const day = new Date(FIRST_DAY + placement.dayNumber * DAY_MS).toISOString().slice(0, 10);
  const time = `${String(random.int(6, 22)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00`;
  const title = headline(random);
  const authorCount = random.pick([0, 1, 1, 1, 2]);
  const authors = random.sample(AUTHORS, authorCount);
  const noisy = random.chance(0.3);
  const body = storyBody(random, {
    // Up to one sentence (at most 30 words) is added past the target, so bodies stay within 400-900 words.
    words: random.int(400, 860),
    noisy,
    byline: authors.length > 0 ? `By ${authors.join(' and ')}` : undefined,
  });

  const frontMatter: Record<string, unknown> = {
    title,
    date: random.chance(0.1) ? day : `${day}T${time}-05:00`,
  };
  // Half the stories come without a summary, so the build extracts one.
  if (random.chance(0.5)) frontMatter.summary = body.split('\n\n').find((block) => !block.startsWith('By ') && block.length > 80)?.slice(0, 220);
  frontMatter.section = random.pick(SECTIONS);
  frontMatter.tags = random.sample(TAGS, random.int(1, 4));
  if (authors.length === 1) frontMatter.author = authors[0];
  if (authors.length > 1) frontMatter.author = authors;
  const sources = random.sample(OUTLETS, random.int(0, 3));
  if (sources.length > 0) frontMatter.sources = sources.map((outlet) => ({ ...outlet }));
  if (placement.mayLead && random.chance(0.7)) frontMatter.lead = true;
  if (random.chance(0.05)) frontMatter.updated = `${day}T23:30:00-05:00`;

  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${placement.index}`;
  const yaml = dump(frontMatter, { lineWidth: -1, quotingType: '"' });
  return { path: `stories/${day}-${slug}.md`, text: `---\n${yaml}---\n\n${body}` };
}

/** Writes files as they come, a batch at a time, so open files and text held stay bounded. */
export async function writeCorpus(contentDir: string, files: Iterable<CorpusFile>): Promise<string[]> {
  await mkdir(path.join(contentDir, 'stories'), { recursive: true });
  const written: string[] = [];
  const batchSize = 200;
  let batch: CorpusFile[] = [];
  const flush = async (): Promise<void> => {
    await Promise.all(batch.map((file) => writeFile(path.join(contentDir, file.path), file.text)));
    written.push(...batch.map((file) => file.path));
    batch = [];
  };
  for (const file of files) {
    batch.push(file);
    if (batch.length === batchSize) await flush();
  }
  await flush();
  return written;
}

/** Generates the corpus of (count, seed) straight to disk. */
export async function writeGeneratedCorpus(contentDir: string, count: number, seed: number): Promise<WrittenCorpus> {
  const written = await writeCorpus(contentDir, corpusFiles(count, seed));
  return { ...corpusShape(count), storyPaths: written.filter((file) => file.startsWith('stories/')).sort() };
}

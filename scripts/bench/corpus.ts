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

export interface Corpus {
  files: CorpusFile[];
  /** An ISO instant after every story, to pass as --now so none is held back as scheduled. */
  now: string;
  days: number;
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

/** The same (count, seed) always gives byte-identical files. */
export function generateCorpus(count: number, seed = 20261124): Corpus {
  const random = seededRandom(seed);
  const days = Math.max(1, Math.ceil(count / STORIES_PER_DAY));
  const files: CorpusFile[] = [{ path: 'site.yml', text: SITE_YML }];
  for (let index = 0; index < count; index += 1) files.push(storyFile(random, index));
  const now = new Date(FIRST_DAY + (days + 1) * DAY_MS).toISOString();
  return { files, now, days };
}

function storyFile(random: Random, index: number): CorpusFile {
  const dayNumber = Math.floor(index / STORIES_PER_DAY);
  const day = new Date(FIRST_DAY + dayNumber * DAY_MS).toISOString().slice(0, 10);
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
  // At most one lead per day: only the day's first story may claim it.
  if (index % STORIES_PER_DAY === 0 && random.chance(0.7)) frontMatter.lead = true;
  if (random.chance(0.05)) frontMatter.updated = `${day}T23:30:00-05:00`;

  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${index}`;
  const yaml = dump(frontMatter, { lineWidth: -1, quotingType: '"' });
  return { path: `stories/${day}-${slug}.md`, text: `---\n${yaml}---\n\n${body}` };
}

export async function writeCorpus(contentDir: string, corpus: Corpus): Promise<void> {
  await mkdir(path.join(contentDir, 'stories'), { recursive: true });
  // Sequential batches keep the number of open files bounded at 10k stories.
  const batchSize = 200;
  for (let start = 0; start < corpus.files.length; start += batchSize) {
    await Promise.all(
      corpus.files.slice(start, start + batchSize).map((file) => writeFile(path.join(contentDir, file.path), file.text)),
    );
  }
}

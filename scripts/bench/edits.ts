import { dump, load } from 'js-yaml';
import { storyFile, type CorpusFile, type CorpusShape } from './corpus.ts';
import { seededRandom } from './prng.ts';

/**
 * The edits a newsroom makes between two builds, as the bench makes them: a new story for
 * today's issue, and corrections to stories already published. Run r of a size makes edit r,
 * so repeated runs time different edits of the same kind.
 */

/**
 * A new story dated the corpus's newest day, so it joins today's issue (the front page). Its
 * file name is new for every run and never claims the lead (the day may have one already).
 */
export function addedStory(corpus: CorpusShape, run: number, seed: number): CorpusFile {
  // Its own stream of random numbers: the corpus's stories stay exactly as generated.
  const random = seededRandom(seed ^ (0x5eed + run));
  return storyFile(random, { index: corpus.count + run, dayNumber: corpus.days - 1, mayLead: false });
}

/**
 * An ordinary correction: the headline is reworded and a correction note ends the text.
 * Throws when the file has no `title:` in its front matter.
 */
export function correctedStory(text: string, run: number): string {
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const titleLine = frontMatter?.[1]?.split('\n').find((line) => line.startsWith('title:'));
  const title = titleLine === undefined ? undefined : (load(titleLine) as { title?: unknown } | null)?.title;
  if (titleLine === undefined || !['string', 'number', 'boolean'].includes(typeof title)) {
    throw new Error('correctedStory: the story has no title: line in its front matter');
  }
  const corrected = dump({ title: `${String(title)}, officials say` }, { lineWidth: -1, quotingType: '"' }).trimEnd();
  return `${text.replace(titleLine, () => corrected)}\nCorrection (${run + 1}): an earlier version of this story misstated the date of the vote.\n`;
}

/** A story from the middle of the archive (another one each run): an ordinary correction, far from the front page. */
export function middleStoryPath(storyPaths: readonly string[], run: number): string {
  return pickStory(storyPaths, Math.floor(storyPaths.length / 2) + run);
}

/** A story of today's issue (another one each run, newest first): a correction on the front page. */
export function newestStoryPath(storyPaths: readonly string[], run: number): string {
  return pickStory(storyPaths, storyPaths.length - 1 - run);
}

function pickStory(storyPaths: readonly string[], index: number): string {
  const count = storyPaths.length;
  const story = storyPaths[((index % count) + count) % count];
  if (story === undefined) throw new Error('the corpus has no stories');
  return story;
}

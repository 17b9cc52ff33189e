import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { loadSiteConfig } from '../content/site-config.ts';
import { ContentError, formatProblem } from '../content/problems.ts';
import { newStoryPath, storyFileText } from '../content/story-template.ts';
import { parseNewsroomDate } from '../transforms/dates.ts';

export const NEW_STORY_USAGE = `Usage: npm run new -- "Headline" [--section NAME] [--date DATE] [--draft] [--content DIR]

Creates content/stories/YYYY-MM-DD-slug.md with the front matter filled in, and prints its path.
  --section NAME   the story's section (default: site.yml's defaultSection)
  --date DATE      2026-11-20, 2026-11-20T09:30 or 2026-11-20T09:30:00-05:00 (default: now, newsroom time);
                   a later moment schedules the story
  --draft          keep it out of published builds until draft: false
  --content DIR    the content folder (default: content)`;

/** Where the command writes and what it counts as now; tests give their own. */
export interface NewStoryIo {
  now: number;
  out: (line: string) => void;
  err: (line: string) => void;
}

class UsageError extends Error {}

/**
 * `npm run new -- "Headline"`: the story file an editor would otherwise copy from another one.
 * Returns the exit code: 0 written, 1 the file exists or site.yml is bad, 2 a usage mistake.
 */
export async function runNewStory(argv: readonly string[], io: NewStoryIo): Promise<number> {
  try {
    const args = parseNewStoryArgs(argv);
    if (args === 'help') {
      io.out(NEW_STORY_USAGE);
      return 0;
    }
    const config = await loadSiteConfig(args.contentDir);
    const date = args.date === undefined ? nowInNewsroom(io.now, config.timeZone) : args.date;
    const parsedDate = parseNewsroomDate(date, config.timeZone);
    if (!parsedDate.ok) throw new UsageError(`--date "${date}": ${parsedDate.reason}; expected 2026-11-20, 2026-11-20T09:30 or 2026-11-20T09:30:00-05:00.`);
    const { relativePath, slug } = newStoryPath({ title: args.title, day: parsedDate.value.day });
    if (slug === '') throw new UsageError(`the headline "${args.title}" has no letters or digits to make a file name from.`);
    const file = path.join(args.contentDir, relativePath);
    const shown = path.relative(process.cwd(), file) || file;
    const text = storyFileText({
      title: args.title,
      date,
      day: parsedDate.value.day,
      section: args.section,
      draft: args.draft,
      sections: config.sections,
      defaultSection: config.defaultSection,
    });
    await mkdir(path.dirname(file), { recursive: true });
    try {
      // "wx": never replace a story someone already wrote, even one created a moment ago.
      await writeFile(file, text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      io.err(`error: ${shown} already exists; nothing was written. Edit that file, or give another headline or --date.`);
      return 1;
    }
    if (args.section !== undefined && !knownSection(args.section, config.sections, config.defaultSection)) {
      io.err(
        `warning: ${shown}: field "section": "${args.section}" is not one of the sections in site.yml (${config.sections.join(', ')}); it is listed after them.`,
      );
    }
    io.out(shown);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}\n\n${NEW_STORY_USAGE}`);
      return 2;
    }
    if (error instanceof ContentError) {
      io.err(error.problems.map(formatProblem).join('\n'));
      return 1;
    }
    throw error;
  }
}

interface NewStoryArgs {
  title: string;
  contentDir: string;
  date: string | undefined;
  section: string | undefined;
  draft: boolean;
}

function parseNewStoryArgs(argv: readonly string[]): NewStoryArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        section: { type: 'string' },
        date: { type: 'string' },
        draft: { type: 'boolean' },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs explains unknown flags and missing values well; only its stack is unwanted.
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  // Unquoted words are one headline: `npm run new -- Fed holds rates` means what it says.
  const title = positionals.join(' ').trim();
  if (title === '') throw new UsageError('give the headline, e.g. npm run new -- "Fed holds rates steady".');
  const section = values.section?.trim();
  if (section === '') throw new UsageError('--section needs a section name, e.g. --section World.');
  return {
    title,
    contentDir: values.content ?? 'content',
    date: values.date?.trim(),
    section,
    draft: values.draft ?? false,
  };
}

/** This minute in the newsroom, with its offset: the story is published as soon as it is built. */
function nowInNewsroom(now: number, timeZone: string): string {
  return DateTime.fromMillis(now, { zone: timeZone }).startOf('minute').toISO({ suppressMilliseconds: true }) ?? '';
}

function knownSection(section: string, sections: readonly string[], defaultSection: string): boolean {
  return sections.length === 0 || sections.includes(section) || section === defaultSection;
}

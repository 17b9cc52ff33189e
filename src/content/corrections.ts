import { DateTime } from 'luxon';
import { parseNewsroomDate, type NewsroomDate } from '../transforms/dates.ts';
import type { StoryFrontMatter } from './schema.ts';
import type { ContentProblem } from './problems.ts';
import type { Correction } from './story.ts';

export interface StoryCorrections {
  /** Oldest first. */
  corrections: Correction[];
  /** The story's last change: `updated` or the latest correction, whichever is later. */
  updated: NewsroomDate | undefined;
  problems: ContentProblem[];
}

/**
 * A story's corrections, dated in the newsroom zone. A correction is a change to the story,
 * so the latest one moves the story's updated time (feeds show it as updated, the sitemap
 * and JSON-LD carry the date); one dated before the story is an error, as `updated` is.
 */
export function storyCorrections(
  frontMatter: Pick<StoryFrontMatter, 'corrections' | 'date'>,
  published: NewsroomDate,
  updated: NewsroomDate | undefined,
  file: string,
  timeZone: string,
): StoryCorrections {
  const problems: ContentProblem[] = [];
  const corrections: Correction[] = [];
  frontMatter.corrections.forEach((entry, index) => {
    const parsed = parseNewsroomDate(entry.date, timeZone);
    if (!parsed.ok) throw new Error(`unvalidated date reached storyCorrections: ${entry.date}`);
    if (parsed.value.epochMs < published.epochMs) {
      problems.push({
        severity: 'error',
        file,
        field: `corrections.${index}.date`,
        message: `found ${entry.date}, which is before the story's date ${frontMatter.date}; expected the day the correction was made.`,
      });
    }
    corrections.push({ date: parsed.value, label: correctionLabel(parsed.value, published, timeZone), text: entry.text });
  });
  corrections.sort((a, b) => a.date.epochMs - b.date.epochMs);
  const latest = corrections.at(-1)?.date;
  const lastChange = latest !== undefined && (updated === undefined || latest.epochMs > updated.epochMs) ? latest : updated;
  return { corrections, updated: lastChange, problems };
}

/** "Nov 21" as a newspaper prints it; the year only when it is not the story's. */
function correctionLabel(date: NewsroomDate, published: NewsroomDate, timeZone: string): string {
  const local = DateTime.fromMillis(date.epochMs, { zone: timeZone });
  const sameYear = date.day.slice(0, 4) === published.day.slice(0, 4);
  return local.setLocale('en-US').toFormat(sameYear ? 'LLL d' : 'LLL d, yyyy');
}

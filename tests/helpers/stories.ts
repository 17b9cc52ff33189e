import type { Story } from '../../src/content/story.ts';
import { parseNewsroomDate } from '../../src/transforms/dates.ts';
import { taxon } from '../../src/content/normalize.ts';
import { routes } from '../../src/routes/routes.ts';

/** A valid Story for unit tests of transforms; only what a test cares about needs to be given. */
export function makeStory(overrides: Partial<Omit<Story, 'published'>> & { date?: string; sectionName?: string; tagNames?: string[] } = {}): Story {
  const { date = '2026-11-24T09:00:00-05:00', sectionName = 'World', tagNames = [], ...rest } = overrides;
  const parsed = parseNewsroomDate(date, 'America/New_York');
  if (!parsed.ok) throw new Error(`bad test date ${date}`);
  const slug = rest.slug ?? `story-${Math.abs(hash(date + (rest.title ?? '')))}`;
  return {
    id: `stories/${slug}`,
    fingerprint: `test:${slug}:${rest.title ?? ''}`,
    file: `content/stories/${slug}.md`,
    slug,
    url: routes.story(parsed.value.day, slug),
    title: 'A story',
    section: taxon(sectionName, 'sections'),
    tags: tagNames.map((name) => taxon(name, 'tags')),
    authors: [],
    byline: '',
    sources: [],
    lead: false,
    draft: false,
    published: parsed.value,
    updated: undefined,
    corrections: [],
    image: undefined,
    html: '<p>Text.</p>',
    imagesInText: [],
    rawHtml: false,
    pageHtml: '<p>Text.</p>',
    summary: 'Text.',
    summarySource: 'editor',
    dek: 'Text.',
    words: 1,
    readingMinutes: 1,
    ...rest,
  };
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) | 0;
  return value;
}

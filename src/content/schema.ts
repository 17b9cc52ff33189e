import { z } from 'zod';
import { isNewsroomDate } from '../transforms/dates.ts';

/**
 * The editor contract: the front matter a story may carry. This is the one definition of
 * it; the README documents it and every page, feed and check reads stories through it.
 */
const isoDate = z
  .string({ error: 'expected an ISO date like 2026-11-20 or a date-time like 2026-11-20T07:30:00-05:00' })
  .refine((value) => isNewsroomDate(value), {
    error: 'expected an ISO date like 2026-11-20 or a date-time like 2026-11-20T07:30:00-05:00',
  });

const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}, not empty text` });

/** Editors write `tags: iran` as often as `tags: [iran]`; both mean the same list. */
const commaList = (what: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value),
    z.array(text(what), { error: `expected a list of ${what}s, e.g. [iran, military]` }),
  );

const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'expected an absolute http(s) URL such as https://www.reuters.com/',
});

const source = z.object(
  {
    name: text('the outlet name, e.g. Reuters'),
    url: httpUrl,
  },
  { error: 'expected a source with a name and a url, e.g. {name: Reuters, url: https://www.reuters.com/}' },
);

/**
 * What `image:` may name: a file published from content/images/ ("/images/map.svg"), or an
 * https URL. Nothing else reaches a page: "../../etc/passwd" or "javascript:" are refused.
 */
export function isImageReference(value: string): boolean {
  if (value.startsWith('https://')) return URL.canParse(value);
  const segments = value.split('/');
  return (
    value.startsWith('/images/') &&
    !/[\\?#\s]/.test(value) &&
    segments.slice(2).every((segment) => segment !== '' && segment !== '.' && segment !== '..')
  );
}

const yesNo = z.boolean({ error: 'expected true or false' });

const correction = z.object(
  {
    date: isoDate,
    text: text('what was wrong and what is right, e.g. "An earlier version misstated the vote count."'),
  },
  { error: 'expected a correction with a date and a text, e.g. {date: 2026-11-21, text: "An earlier version misstated the vote count."}' },
);

export const frontMatterSchema = z
  .object({
    title: text('the headline as text'),
    date: isoDate,
    summary: text("the editor's summary as text").optional(),
    section: text('a section name such as World').optional(),
    tags: commaList('tag').default([]),
    author: z
      .union([text('a name'), z.array(text('a name'))], { error: 'expected a name or a list of names' })
      .optional(),
    sources: z.array(source, { error: 'expected a list of sources, each with a name and a url' }).default([]),
    lead: yesNo.default(false),
    draft: yesNo.default(false),
    updated: isoDate.optional(),
    image: text('an image path such as /images/map.svg, or an https URL')
      .refine(isImageReference, { error: 'expected a file in content/images/ written as /images/map.svg, or an https URL' })
      .optional(),
    imageAlt: text('a description of the image for people who cannot see it').optional(),
    corrections: z.array(correction, { error: 'expected a list of corrections, each with a date and a text' }).default([]),
  })
  .superRefine((story, context) => {
    if (story.image !== undefined && story.imageAlt === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['imageAlt'],
        message: 'expected a description of the image (imageAlt) because the story has an image; screen readers read it aloud',
      });
    }
  });

export type StoryFrontMatter = z.output<typeof frontMatterSchema>;

export const FRONT_MATTER_FIELDS: readonly string[] = Object.keys(frontMatterSchema.shape);

import { slugOf } from '../transforms/slugs.ts';

/** What `npm run new` knows about a story before the editor writes it. */
export interface NewStory {
  title: string;
  /** The front-matter date as it will be written: a newsroom date-time or whatever --date gave. */
  date: string;
  /** The newsroom day of `date`, YYYY-MM-DD: it starts the file name. */
  day: string;
  /** Undefined: the story goes in site.yml's defaultSection, and the line is left for the editor. */
  section: string | undefined;
  draft: boolean;
  /** site.yml's sections and defaultSection, offered in a comment. */
  sections: readonly string[];
  defaultSection: string;
}

/** "stories/2026-11-30-fed-holds-rates.md"; empty slug when the headline has no letters or digits to make one. */
export function newStoryPath(story: Pick<NewStory, 'title' | 'day'>): { relativePath: string; slug: string } {
  const slug = slugOf(story.title);
  return { relativePath: `stories/${story.day}-${slug}.md`, slug };
}

/**
 * The text of a new story file: every field of the editor contract (README "The front matter"),
 * set where the command knows the value and commented out where only the editor does, so the
 * file passes `npm run check` as created and shows what else a story may carry.
 */
export function storyFileText(story: NewStory): string {
  const sectionChoices = [...story.sections, story.defaultSection].filter((name, index, all) => all.indexOf(name) === index);
  const sectionLine =
    story.section === undefined
      ? `# section: ${sectionChoices[0] ?? story.defaultSection}`
      : `section: ${yamlString(story.section)}`;
  return [
    '---',
    `title: ${yamlString(story.title)}`,
    '# When the story is published: a later moment schedules it (a date or time without an offset is newsroom time).',
    `date: ${story.date}`,
    "# Optional fields: remove the # to use one. Without a summary, the build extracts one from the text.",
    '# summary: >-',
    '#   One or two sentences, written for the front page and the feeds.',
    `# The section: one of ${sectionChoices.join(', ')} (site.yml); without one, ${story.defaultSection}.`,
    sectionLine,
    '# Topics: each gets a page at /tags/<tag>/, e.g. [iran, military].',
    'tags: []',
    commented('# author: Ana Ruiz', 'or a list: [Ana Ruiz, Tom Lee]'),
    '# The outlets the story cites, each with a name and an absolute http(s) url.',
    'sources: []',
    '#  - name: Reuters',
    '#    url: https://www.reuters.com/',
    commented('# lead: true', 'the lead story of its day (one per day)'),
    commented('# updated: 2026-11-20T16:45:00-05:00', 'when it was last changed; after date'),
    commented('# image: /images/name.jpg', 'a file in content/images/ or an https URL'),
    commented('# imageAlt: "What the image shows"', 'required with image'),
    '# Corrections: each is printed under the story, dated, and marks it updated.',
    '# corrections:',
    '#   - date: 2026-11-21T10:00:00-05:00',
    '#     text: An earlier version misstated the vote count.',
    commented(`draft: ${story.draft}`, 'true keeps it out of published builds'),
    '---',
    '',
    'Write the story here, in Markdown.',
    '',
  ].join('\n');
}

/** A line with its comment beside it, the comments of a block lined up. */
function commented(line: string, comment: string): string {
  return `${line.padEnd(37)}# ${comment}`;
}

/**
 * A double-quoted YAML scalar. JSON's string escapes are a subset of YAML's double-quoted
 * ones, so a headline with a colon, quotes or a leading dash stays exactly what was typed.
 */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

import type { DailyIssue } from '../transforms/issues.ts';
import type { Story } from '../content/story.ts';
import { absoluteUrl } from '../routes/site-url.ts';
import { routes } from '../routes/routes.ts';

export interface EmailSite {
  title: string;
  tagline: string;
  url: string;
}

/** Plain-text mail is read in fixed-width panes; 72 columns leaves room for quoting. */
const LINE_WIDTH = 72;

/**
 * The text/plain alternative of an issue's email: headline, summary and link of every story,
 * the lead first, then grouped by section in the newsletter's order.
 */
export function issueAsPlainText(issue: DailyIssue, site: EmailSite): string {
  const storyCount = `${issue.stories.length} ${issue.stories.length === 1 ? 'story' : 'stories'}`;
  const blocks: string[] = [
    [`${site.title.toUpperCase()}, ISSUE ${issue.number}`, `${issue.date.longDate} · ${storyCount}`, `Read on the web: ${absoluteUrl(issue.url, site.url)}`].join('\n'),
    sectionHeading('Top story'),
    storyBlock(issue.lead, site.url),
  ];
  for (const group of issue.sections) {
    blocks.push(sectionHeading(group.section.name), ...group.stories.map((story) => storyBlock(story, site.url)));
  }
  blocks.push(
    [
      '-'.repeat(LINE_WIDTH),
      ...wrapText(`You are reading ${site.title}: ${site.tagline}`, LINE_WIDTH),
      `Past issues: ${absoluteUrl(routes.archive, site.url)}`,
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}

function sectionHeading(name: string): string {
  const label = name.toUpperCase();
  return `${label}\n${'='.repeat(label.length)}`;
}

function storyBlock(story: Story, siteUrl: string): string {
  return [...wrapText(story.title, LINE_WIDTH), ...wrapText(story.summary, LINE_WIDTH), absoluteUrl(story.url, siteUrl)].join('\n');
}

/** Greedy word wrap; a word longer than the width (a URL) gets a line of its own, unbroken. */
export function wrapText(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

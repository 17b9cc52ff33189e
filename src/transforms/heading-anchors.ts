import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { slugOf } from './slugs.ts';

/**
 * Ids the story page's own markup uses (layouts/_includes/base.njk, layouts/story.njk): a
 * heading named "Main" must not take the skip link's target.
 */
export const PAGE_IDS: ReadonlySet<string> = new Set(['main', 'story-title', 'corrections']);

/**
 * A core rule that gives every heading of a story an id from its text, by the slug rule of
 * tags and sections ("## What comes next" → id="what-comes-next"), so a reader can link to a
 * section of a story. Repeated headings count up ("notes", "notes-2"), as GitHub does; an id
 * the editor wrote in raw HTML is left alone. markdown-it-anchor does the same but declares
 * no supported Node versions, and its ids differ from our slugs.
 */
export function headingAnchors(markdown: MarkdownIt): void {
  markdown.core.ruler.push('heading_anchors', (state: StateCore) => {
    const taken = new Set(PAGE_IDS);
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open' || token.attrGet('id') !== null) return;
      const base = slugOf(headingText(state.tokens[index + 1])) || 'section';
      let id = base;
      for (let count = 2; taken.has(id); count += 1) id = `${base}-${count}`;
      taken.add(id);
      token.attrSet('id', id);
    });
  });
}

/** The heading's words without its markup: "**Fed** `cuts`" reads "Fed cuts". */
function headingText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === 'text' || child.type === 'code_inline')
    .map((child) => child.content)
    .join('');
}

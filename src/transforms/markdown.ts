import MarkdownIt, { type Token } from 'markdown-it';
import { headingAnchors } from './heading-anchors.ts';

/**
 * The one markdown-it instance that renders story bodies. Raw HTML stays enabled because
 * editors paste embeds; typographer turns straight quotes into the curly ones news copy uses.
 */
export const markdown: MarkdownIt = new MarkdownIt({
  html: true,
  linkify: true,
  typographer: true,
}).use(headingAnchors);

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

export interface RenderedMarkdown {
  html: string;
  /** markdown-it's tokens of the same parse, for reading the text without parsing the HTML. */
  tokens: Token[];
}

/** What renderMarkdown does (parse, then render), keeping the parse. */
export function renderMarkdownWithTokens(source: string): RenderedMarkdown {
  const env = {};
  const tokens = markdown.parse(source, env);
  return { html: markdown.renderer.render(tokens, markdown.options, env), tokens };
}

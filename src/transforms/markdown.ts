import MarkdownIt from 'markdown-it';

/**
 * The one markdown-it instance that renders story bodies. Raw HTML stays enabled because
 * editors paste embeds; typographer turns straight quotes into the curly ones news copy uses.
 */
export const markdown: MarkdownIt = new MarkdownIt({
  html: true,
  linkify: true,
  typographer: true,
});

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

import type { Token } from 'markdown-it';
import { paragraphsOfTree, type BlockElement, type BlockNode } from './block-tree.ts';

/**
 * Leaf blocks as the HTML renderer writes them: fences and indented code become <pre>, a
 * thematic break <hr>; both are skipped text, but they are kept so lists and quotes around
 * them are shaped as in the HTML.
 */
const LEAF_BLOCK_TAGS: Readonly<Record<string, string>> = { fence: 'pre', code_block: 'pre', hr: 'hr' };

/**
 * The story's paragraphs straight from markdown-it's tokens, the same as storyParagraphs gives
 * for the rendered HTML but without parsing that HTML again. Raw HTML in the Markdown (an
 * embed) can be anything, so for it this returns undefined and the caller parses the HTML.
 */
export function paragraphsOfTokens(tokens: readonly Token[]): string[] | undefined {
  const root: BlockElement = { tag: '', children: [] };
  const open: BlockElement[] = [root];
  for (const token of tokens) {
    const parent = open.at(-1) ?? root;
    if (token.type === 'inline') {
      if (!appendInline(token.children ?? [], parent)) return undefined;
    } else if (token.hidden) {
      // A tight list's paragraph renders no tag: its text belongs to the list item.
      continue;
    } else if (token.nesting === 1) {
      const element: BlockElement = { tag: token.tag, children: [] };
      parent.children.push(element);
      open.push(element);
    } else if (token.nesting === -1) {
      open.pop();
      // The renderer ends every block with a line break, so text never runs into what follows.
      (open.at(-1) ?? root).children.push('\n');
    } else {
      const tag = LEAF_BLOCK_TAGS[token.type];
      if (tag === undefined) return undefined;
      parent.children.push({ tag, children: [] }, '\n');
    }
  }
  return paragraphsOfTree(root);
}

/** Inline markup (emphasis, links) adds no breaks, so only text, breaks and images matter; false on raw HTML. */
function appendInline(children: readonly Token[], parent: BlockElement): boolean {
  for (const child of children) {
    const node = inlineNode(child);
    if (node === false) return false;
    if (node !== undefined) parent.children.push(node);
  }
  return true;
}

function inlineNode(token: Token): BlockNode | undefined | false {
  switch (token.type) {
    case 'text':
    case 'code_inline':
      return token.content;
    case 'softbreak':
      return '\n';
    case 'hardbreak':
      return { tag: 'br', children: [] };
    case 'image':
      return { tag: 'img', children: [] };
    default:
      // Emphasis, strike-through and link tags only wrap text; anything else (raw HTML) is unknown here.
      return token.nesting !== 0 ? undefined : false;
  }
}

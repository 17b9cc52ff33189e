import { normalizeWhitespace } from './words.ts';

/**
 * The little of a document that paragraph extraction needs: elements by tag, and text already
 * decoded. Rendered HTML and markdown-it's token stream are both turned into this, so one
 * algorithm decides what a paragraph is whichever source a story's text comes from.
 */
export type BlockNode = string | BlockElement;

export interface BlockElement {
  /** Lower-case tag name; empty for the document root. */
  tag: string;
  children: BlockNode[];
}

/** Blocks that are judged one by one; a blockquote stays whole so a tweet embed can be recognised by its signature. */
const PARAGRAPH_TAGS = new Set(['p', 'li', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt']);

/** Never story text: code, media, page furniture, and the story title (h1) which layouts show separately. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'pre', 'iframe', 'svg', 'video', 'audio', 'picture', 'img',
  'figure', 'figcaption', 'table', 'form', 'button', 'nav', 'aside', 'footer', 'header', 'h1', 'hr',
]);

const LIST_TAGS = new Set(['ul', 'ol']);

/** Tags whose edges separate words even when the HTML has no whitespace between them. */
const WORD_BREAKING_TAGS = new Set([
  'p', 'div', 'br', 'li', 'blockquote', 'section', 'article', 'ul', 'ol', 'dd', 'dt',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th',
]);

const OTHER_BLOCK_TAGS = new Set(['main', 'section', 'article', 'div', 'details', 'summary', 'dl']);

/** Visible text of a node, with breaks between block children. */
function textOf(node: BlockNode, excludeLists = false): string {
  if (typeof node === 'string') return node;
  const { tag } = node;
  if (SKIPPED_TAGS.has(tag) || (excludeLists && LIST_TAGS.has(tag))) return '';
  let inner = '';
  for (const child of node.children) inner += textOf(child, excludeLists);
  return WORD_BREAKING_TAGS.has(tag) ? ` ${inner} ` : inner;
}

function collectParagraphs(node: BlockElement, out: string[]): void {
  let inlineRun = '';
  const flushInline = (): void => {
    const text = normalizeWhitespace(inlineRun);
    if (text) out.push(text);
    inlineRun = '';
  };
  for (const child of node.children) {
    if (typeof child === 'string' || (child.tag && !isBlockish(child.tag))) {
      inlineRun += textOf(child);
      continue;
    }
    flushInline();
    const { tag } = child;
    if (SKIPPED_TAGS.has(tag)) continue;
    if (PARAGRAPH_TAGS.has(tag)) {
      // A list item's nested list is its own set of paragraphs, not part of the item's sentence.
      const text = normalizeWhitespace(textOf(child, tag === 'li'));
      if (text) out.push(text);
      if (tag === 'li') collectNestedLists(child, out);
      continue;
    }
    collectParagraphs(child, out);
  }
  flushInline();
}

function collectNestedLists(item: BlockElement, out: string[]): void {
  for (const child of item.children) {
    if (typeof child !== 'string' && LIST_TAGS.has(child.tag)) collectParagraphs(child, out);
  }
}

function isBlockish(tag: string): boolean {
  return PARAGRAPH_TAGS.has(tag) || SKIPPED_TAGS.has(tag) || LIST_TAGS.has(tag) || WORD_BREAKING_TAGS.has(tag)
    || OTHER_BLOCK_TAGS.has(tag);
}

/** A document's plain-text paragraphs, block-level only, whitespace collapsed. */
export function paragraphsOfTree(root: BlockElement): string[] {
  const paragraphs: string[] = [];
  collectParagraphs(root, paragraphs);
  return paragraphs;
}

import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { normalizeWhitespace } from './words.ts';

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

function tagOf(node: Node): string {
  return node.nodeType === NodeType.ELEMENT_NODE ? (node as HTMLElement).rawTagName?.toLowerCase() ?? '' : '';
}

/** Visible text of a node, entities decoded, with breaks between block children. */
function textOf(node: Node, excludeLists = false): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const tag = tagOf(node);
  if (SKIPPED_TAGS.has(tag) || (excludeLists && LIST_TAGS.has(tag))) return '';
  const inner = node.childNodes.map((child) => textOf(child, excludeLists)).join('');
  return WORD_BREAKING_TAGS.has(tag) ? ` ${inner} ` : inner;
}

function collectParagraphs(node: Node, out: string[]): void {
  let inlineRun = '';
  const flushInline = (): void => {
    const text = normalizeWhitespace(inlineRun);
    if (text) out.push(text);
    inlineRun = '';
  };
  for (const child of node.childNodes) {
    const tag = tagOf(child);
    if (child.nodeType === NodeType.TEXT_NODE || (tag && !isBlockish(tag))) {
      inlineRun += textOf(child);
      continue;
    }
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    flushInline();
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

function collectNestedLists(item: Node, out: string[]): void {
  for (const child of item.childNodes) {
    if (LIST_TAGS.has(tagOf(child))) collectParagraphs(child, out);
  }
}

function isBlockish(tag: string): boolean {
  return PARAGRAPH_TAGS.has(tag) || SKIPPED_TAGS.has(tag) || LIST_TAGS.has(tag) || WORD_BREAKING_TAGS.has(tag)
    || ['main', 'section', 'article', 'div', 'details', 'summary', 'dl'].includes(tag);
}

/** rendered story HTML (markdown-it output) -> plain-text paragraphs, entities decoded, block-level only */
export function storyParagraphs(html: string): string[] {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const paragraphs: string[] = [];
  collectParagraphs(root, paragraphs);
  return paragraphs;
}

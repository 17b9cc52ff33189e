import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { paragraphsOfTree, type BlockElement, type BlockNode } from './block-tree.ts';

/** Comments are dropped: they are neither text nor a block boundary. */
function toBlockNode(node: Node): BlockNode | undefined {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (node.nodeType !== NodeType.ELEMENT_NODE) return undefined;
  return toBlockElement(node as HTMLElement);
}

function toBlockElement(element: HTMLElement): BlockElement {
  const children: BlockNode[] = [];
  for (const child of element.childNodes) {
    const converted = toBlockNode(child);
    if (converted !== undefined) children.push(converted);
  }
  return { tag: element.rawTagName?.toLowerCase() ?? '', children };
}

/** rendered story HTML (markdown-it output) -> plain-text paragraphs, entities decoded, block-level only */
export function storyParagraphs(html: string): string[] {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  return paragraphsOfTree(toBlockElement(root));
}

import { XMLBuilder } from 'fast-xml-parser';

/**
 * Feeds and sitemaps are printed by fast-xml-parser's XMLBuilder, which writes text straight
 * from plain objects instead of building a W3C DOM first, as there are many feeds (one per
 * section and tag) and nothing reads them back. Its input is untyped and order matters in a
 * feed (Atom has two <link>s around other elements), so the writers describe elements with
 * the typed helpers below, which build XMLBuilder's "preserveOrder" form:
 * `{ name: children, ':@': { '@_attr': value } }` for an element, `{ '#text': text }` for text.
 */

/** An element or a text node in XMLBuilder's ordered form; make one with xmlElement. */
export type XmlNode = Readonly<Record<string, unknown>>;

const ATTRIBUTE_PREFIX = '@_';
const TEXT = '#text';

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  textNodeName: TEXT,
  format: true,
  indentBy: '  ',
  // An element with no text or children prints as <name/>, as readers and xmlbuilder2 always did.
  suppressEmptyNode: true,
  // An attribute whose value is "true" keeps its value: a bare attribute is not XML.
  suppressBooleanAttributes: false,
  // Every &, <, >, " and ' in text and attributes is escaped, including an "&amp;" already in
  // the text: a summary's literal "&lt;b&gt;" or the escaped markup of HTML content must reach
  // readers as that text.
  processEntities: true,
});

/**
 * An element with attributes (printed in the given order) and either text, escaped when
 * printed, or child elements; "" and [] both print as an empty element.
 */
export function xmlElement(name: string, attributes: Readonly<Record<string, string>> = {}, content: string | readonly XmlNode[] = []): XmlNode {
  const children = typeof content === 'string' ? (content === '' ? [] : [{ [TEXT]: content }]) : content;
  const names = Object.keys(attributes);
  if (names.length === 0) return { [name]: children };
  const prefixed: Record<string, string> = {};
  for (const attribute of names) prefixed[ATTRIBUTE_PREFIX + attribute] = attributes[attribute]!;
  return { [name]: children, ':@': prefixed };
}

/**
 * The whole document: the XML declaration, then an optional xml-stylesheet instruction (which
 * browsers use to show a feed as a page), two-space indentation, ending with a newline.
 */
export function xmlDocument(root: XmlNode, stylesheetHref?: string): string {
  const nodes: XmlNode[] = [processingInstruction('?xml', { version: '1.0', encoding: 'UTF-8' })];
  if (stylesheetHref) nodes.push(processingInstruction('?xml-stylesheet', { type: 'text/xsl', href: stylesheetHref }));
  nodes.push(root);
  return `${builder.build(nodes)}\n`;
}

function processingInstruction(target: string, attributes: Readonly<Record<string, string>>): XmlNode {
  // XMLBuilder prints an instruction's text before its attributes and expects it even when empty.
  const node = xmlElement(target, attributes);
  return { ...node, [target]: [{ [TEXT]: '' }] };
}

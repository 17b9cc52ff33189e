/**
 * xmlbuilder2 leaves "&" alone when it already looks like an entity ("&lt;", "&amp;"), which
 * would turn a summary's literal "&lt;b&gt;" or escaped HTML content into markup. Escaping
 * every "&" first makes its output the exact text: it then keeps our "&amp;" as written.
 * tests/unit/feeds-render.test.ts fails if a future version changes this.
 */
export function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;');
}

/** Attribute values get the same treatment. */
export function xmlAttributes(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, xmlText(value)]));
}

import juice from 'juice';

/**
 * Moves the email's <style> rules into style="" attributes, because Gmail, Outlook and most
 * mailing tools drop or rewrite <style>. Media queries are kept in a <style> block for the
 * clients that honour them; width/height attributes are set on tables for Outlook.
 */
export function inlineEmailCss(html: string): string {
  return juice(html, {
    removeStyleTags: true,
    preserveMediaQueries: true,
    preserveImportant: true,
    applyWidthAttributes: true,
    applyHeightAttributes: false,
    applyAttributesTableElements: true,
  });
}

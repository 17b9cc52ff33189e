import { createRequire } from 'node:module';
import type Juice from 'juice';

/**
 * juice and what it loads (a DOM, a CSS parser) take longer to import than a publish takes to
 * render its pages, and a build whose email template is in the build cache never calls it
 * (email-template.ts): it is required on first use, not imported.
 */
let loaded: typeof Juice | undefined;

function juice(): typeof Juice {
  if (loaded === undefined) {
    loaded = createRequire(import.meta.url)('juice') as typeof Juice;
    // juice sets template code aside while it parses (it knows {{ }} already), so a Nunjucks
    // template can be inlined as the HTML it will become.
    loaded.codeBlocks = {
      ...loaded.codeBlocks,
      NUNJUCKS_TAG: { start: '{%', end: '%}' },
      NUNJUCKS_COMMENT: { start: '{#', end: '#}' },
    };
  }
  return loaded;
}

/**
 * Moves the email's <style> rules into style="" attributes, because Gmail, Outlook and most
 * mailing tools drop or rewrite <style>. Media queries are kept in a <style> block for the
 * clients that honour them; width/height attributes are set on tables for Outlook.
 */
export function inlineEmailCss(html: string): string {
  return juice()(html, {
    removeStyleTags: true,
    preserveMediaQueries: true,
    preserveImportant: true,
    applyWidthAttributes: true,
    applyHeightAttributes: false,
    applyAttributesTableElements: true,
  });
}

const FRONT_MATTER = /^---js\n[\s\S]*?\n---\n/;

/**
 * The email template with its CSS already inlined, ready to render. Inlining the template once
 * gives the very same email as inlining each rendered issue (the CSS selects by class and tag,
 * and every element an issue can have is in the template, loops and conditions included), but
 * juice parses and matches one small document per build instead of one large one per issue.
 * `cssInclude` is the template's `{% include %}` of the stylesheet, which is
 * replaced by the stylesheet itself so juice can read the rules.
 */
export function inlineEmailTemplateCss(template: string, cssInclude: string, css: string): string {
  if (!template.includes(cssInclude)) throw new Error(`The email template no longer has ${cssInclude}; the CSS cannot be inlined.`);
  const frontMatter = FRONT_MATTER.exec(template)?.[0] ?? '';
  const html = template.slice(frontMatter.length).replace(cssInclude, () => css);
  return frontMatter + inlineEmailCss(html);
}

import { readFileSync } from 'node:fs';
import type { EleventyConfig } from '@11ty/eleventy';
import { inlineEmailTemplateCss } from './inline-css.ts';

/** The email edition's template, inside the Eleventy input folder (layouts/). */
const TEMPLATE = 'email/issue-email.njk';
const STYLESHEET = 'layouts/email/email.css';

/**
 * Eleventy renders the email edition from its template with the CSS already inlined (see
 * inlineEmailTemplateCss): the file itself is left out and its inlined text added in its place.
 */
export function addInlinedEmailTemplate(eleventyConfig: EleventyConfig, inputDir = 'layouts'): void {
  const file = `${inputDir}/${TEMPLATE}`;
  eleventyConfig.ignores.add(file);
  const template = readFileSync(file, 'utf8');
  const css = readFileSync(STYLESHEET, 'utf8');
  eleventyConfig.addTemplate(TEMPLATE, inlineEmailTemplateCss(template, `{% include "${STYLESHEET}" %}`, css));
}

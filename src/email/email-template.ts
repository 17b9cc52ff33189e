import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import { hashProjectFiles } from '../util/source-hash.ts';
import { inlineEmailTemplateCss } from './inline-css.ts';

/** The email edition's template, inside the Eleventy input folder (layouts/). */
const TEMPLATE = 'email/issue-email.njk';
const STYLESHEET = 'layouts/email/email.css';

/**
 * Eleventy renders the email edition from its template with the CSS already inlined (see
 * inlineEmailTemplateCss): the file itself is left out and its inlined text added in its place.
 * The inlined text is kept in the build cache by what it is made of (template, stylesheet,
 * inliner code and versions), so a publish does not load the inliner to make it again.
 */
export function addInlinedEmailTemplate(eleventyConfig: EleventyConfig, cacheDir: string | undefined, inputDir = 'layouts'): void {
  const file = `${inputDir}/${TEMPLATE}`;
  eleventyConfig.ignores.add(file);
  eleventyConfig.addTemplate(TEMPLATE, inlinedTemplate(readFileSync(file, 'utf8'), readFileSync(STYLESHEET, 'utf8'), cacheDir));
}

/** The email template with its CSS inlined, from the build cache when it was made before. */
export function inlinedTemplate(template: string, css: string, cacheDir: string | undefined): string {
  const inline = () => inlineEmailTemplateCss(template, `{% include "${STYLESHEET}" %}`, css);
  if (cacheDir === undefined) return inline();
  const key = createHash('sha256').update(template).update('\0').update(css).update('\0').update(hashProjectFiles(['src/email/inline-css.ts', 'package-lock.json'])).digest('hex').slice(0, 32);
  const cached = path.join(cacheDir, 'email-template', `${key}.njk`);
  const kept = keptTemplate(cached);
  if (kept !== undefined) return kept;
  const inlined = inline();
  mkdirSync(path.dirname(cached), { recursive: true });
  const incoming = `${cached}.incoming-${process.pid}`;
  // Its own checksum first, so a damaged file is made again rather than rendered.
  writeFileSync(incoming, `${sha256(inlined)}\n${inlined}`);
  renameSync(incoming, cached);
  forgetOtherTemplates(path.dirname(cached), path.basename(cached));
  return inlined;
}

/** A kept template's name: its key (see inlinedTemplate), so files of other origin are never removed. */
const KEPT_TEMPLATE = /^[0-9a-f]{32}\.njk$/;

/**
 * A new key means the template, the stylesheet or the inliner changed, so the entries made before
 * belong to older code: without this, every edit of the email's look left one more file behind.
 */
function forgetOtherTemplates(folder: string, current: string): void {
  for (const name of readdirSync(folder)) {
    if (name !== current && KEPT_TEMPLATE.test(name)) rmSync(path.join(folder, name), { force: true });
  }
}

/** The template kept at `file`, when there is one and it matches its checksum. */
function keptTemplate(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  const inlined = text.slice(newline + 1);
  return newline > 0 && text.slice(0, newline) === sha256(inlined) ? inlined : undefined;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

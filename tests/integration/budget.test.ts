import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { repoRoot } from '../helpers/build.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { htmlFiles } from '../helpers/files.ts';

const SITE_URL = 'https://daybook.example';
const FRONT_PAGE_BUDGET_BYTES = 60 * 1024;
/** The inlined stylesheet is paid on every page; keep it a small fraction of the budget. */
const INLINE_CSS_BUDGET_BYTES = 12 * 1024;

/** True when a URL in a page would be fetched from a host other than the site's own. */
function isThirdParty(url: string): boolean {
  const target = new URL(url, `${SITE_URL}/`);
  return target.origin !== new URL(SITE_URL).origin;
}

describe('page weight and render-blocking budgets (sample site)', () => {
  let outDir = '';
  before(async () => {
    const built = await sharedBuild(path.join(repoRoot, 'content'), { now: '2026-11-25T06:00:00-05:00' });
    assert.equal(built.result.code, 0, built.result.stderr);
    outDir = built.outDir;
  });

  test('the front page, HTML plus every stylesheet it loads, is under 60 KB uncompressed', async () => {
    const html = await readFile(path.join(outDir, 'index.html'));
    const root = parse(html.toString('utf8'));
    let total = html.byteLength;
    for (const link of root.querySelectorAll('link[rel~="stylesheet"]')) {
      const href = new URL(link.getAttribute('href') ?? '', `${SITE_URL}/`).pathname;
      total += (await stat(path.join(outDir, href))).size;
    }
    assert.ok(total < FRONT_PAGE_BUDGET_BYTES, `front page weighs ${(total / 1024).toFixed(1)} KB`);
    const inlineCss = root.querySelectorAll('head style').reduce((sum, style) => sum + Buffer.byteLength(style.text), 0);
    assert.ok(inlineCss > 1000, 'the site stylesheet is inlined into the head');
    assert.ok(inlineCss < INLINE_CSS_BUDGET_BYTES, `inlined CSS is ${(inlineCss / 1024).toFixed(1)} KB`);
  });

  test('no page makes a third-party request for a stylesheet, script or font', async () => {
    const problems: string[] = [];
    const pages = await htmlFiles(outDir);
    assert.ok(pages.length > 40, `checked ${pages.length} pages`);
    for (const page of pages) {
      if (page.startsWith('pagefind/')) continue;
      const root = parse(await readFile(path.join(outDir, page), 'utf8'));
      for (const script of root.querySelectorAll('script[src]')) {
        const src = script.getAttribute('src') ?? '';
        if (isThirdParty(src)) problems.push(`${page}: third-party script ${src}`);
      }
      for (const link of root.querySelectorAll('link[href]')) {
        const rel = link.getAttribute('rel') ?? '';
        const href = link.getAttribute('href') ?? '';
        if (/\b(stylesheet|preload|modulepreload|preconnect)\b/.test(rel) && isThirdParty(href)) problems.push(`${page}: third-party ${rel} ${href}`);
      }
      for (const style of root.querySelectorAll('style')) {
        for (const match of style.text.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)|url\(\s*["']?([^"')]+)/g)) {
          const url = match[1] ?? match[2] ?? '';
          if (isThirdParty(url)) problems.push(`${page}: CSS fetches ${url}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});

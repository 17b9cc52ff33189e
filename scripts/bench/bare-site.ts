import { cp, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Pagefind's command line as the npm package installs it (the bin that runs the platform
 * binary): what someone adding search to an Eleventy site runs after Eleventy, and what
 * Daybook's search step runs (src/search/pagefind-cli.ts).
 */
export const PAGEFIND_BIN = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** Arguments for `node` to index a bare site's output, as `npx pagefind --site _site` would. */
export function pagefindArgs(outputDir: string): string[] {
  return [PAGEFIND_BIN, '--site', outputDir];
}

/** The page count from Pagefind's "Indexed N pages" line; throws when it is missing. */
export function indexedPages(stdout: string): number {
  const pages = /Indexed (\d+) pages?/.exec(stdout);
  if (pages === null) throw new Error(`Pagefind did not say what it indexed:\n${stdout.trim().slice(-1000)}`);
  return Number(pages[1]);
}

/**
 * The baseline: an ordinary Eleventy 3 site over the same stories, as someone would write it
 * by hand. One layout, an index listing every story, the stories as Markdown templates, and
 * markdown-it with the project's settings. Eleventy's defaults are kept (Markdown is
 * preprocessed by Liquid, front-matter tags become collections), so nothing is crippled.
 * The story layout marks the article as what Pagefind indexes, as its docs advise, so search
 * covers stories and not the index page that repeats their titles (Daybook indexes stories only).
 */
export async function writeBareSite(siteDir: string, contentDir: string): Promise<void> {
  await mkdir(path.join(siteDir, '_includes'), { recursive: true });
  await cp(path.join(contentDir, 'stories'), path.join(siteDir, 'stories'), { recursive: true });
  await writeFile(path.join(siteDir, 'eleventy.config.mjs'), configSource());
  await writeFile(path.join(siteDir, 'stories', 'stories.json'), JSON.stringify({ layout: 'story.njk', tags: ['story'] }));
  await writeFile(path.join(siteDir, '_includes', 'story.njk'), LAYOUT);
  await writeFile(path.join(siteDir, 'index.njk'), INDEX);
}

function configSource(): string {
  const require = createRequire(import.meta.url);
  const markdownIt = pathToFileURL(require.resolve('markdown-it')).href;
  return `import MarkdownIt from ${JSON.stringify(markdownIt)};

export default function (eleventyConfig) {
  eleventyConfig.setLibrary('md', new MarkdownIt({ html: true, linkify: true, typographer: true }));
  return { dir: { input: '.', includes: '_includes' }, templateFormats: ['md', 'njk'] };
}
`;
}

const LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
<header><a href="/">Bare Eleventy</a></header>
<main>
<article data-pagefind-body>
<h1>{{ title }}</h1>
<p><time datetime="{{ page.date.toISOString() }}">{{ page.date.toDateString() }}</time>{% if section %} · {{ section }}{% endif %}</p>
{{ content | safe }}
</article>
</main>
</body>
</html>
`;

const INDEX = `---
layout: false
permalink: /
---
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>All stories</title></head>
<body>
<h1>All stories</h1>
<ol>
{%- for story in collections.story | reverse %}
<li><a href="{{ story.url }}">{{ story.data.title }}</a> <time>{{ story.date.toDateString() }}</time></li>
{%- endfor %}
</ol>
</body>
</html>
`;

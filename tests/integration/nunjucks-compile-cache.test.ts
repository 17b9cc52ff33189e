import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Eleventy, type EleventyConfig } from '@11ty/eleventy';
import { addNunjucksCompileCache, cacheNunjucksCompiles, NunjucksCompileCacheError } from '../../src/site/nunjucks-compile-cache.ts';
import { tempDir } from '../helpers/build.ts';

/**
 * The compile cache patches Nunjucks' private API (see nunjucks-compile-cache.ts), so these
 * builds run through Eleventy itself, in this process, and count what Nunjucks really compiles.
 */

const PAGES = 5;

/** The compiler of the Nunjucks Eleventy builds with: every source it parses goes through compile(). */
const nunjucksCompiler = createRequire(createRequire(import.meta.url).resolve('@11ty/eleventy'))('nunjucks/src/compiler.js') as {
  compile: (source: string, asyncFilters: unknown, extensions: unknown, name: string, ...rest: unknown[]) => string;
};

/** A site of one Nunjucks template paginated into PAGES pages. */
async function paginatedSite(): Promise<{ input: string; output: string }> {
  const root = await tempDir('njk-cache');
  const input = path.join(root, 'in');
  await mkdir(input, { recursive: true });
  await writeFile(
    path.join(input, 'paged.njk'),
    `---\npagination:\n  data: items\n  size: 1\nitems: [${Array.from({ length: PAGES }, (_, page) => `item-${page}`).join(', ')}]\npermalink: "p/{{ pagination.pageNumber }}/"\n---\n{% for item in pagination.items %}<p>{{ item }}</p>{% endfor %}\n`,
  );
  return { input, output: path.join(root, 'out') };
}

/** Builds the site with `configure`; returns how often Nunjucks compiled each source of the paginated template (body, permalink). */
async function compilesOfPaginatedTemplate(configure: (config: EleventyConfig) => void): Promise<{ compiles: Map<string, number>; pages: string[] }> {
  const { input, output } = await paginatedSite();
  const compile = nunjucksCompiler.compile;
  const compiles = new Map<string, number>();
  nunjucksCompiler.compile = function countedCompile(this: unknown, ...args) {
    if (String(args[3]).endsWith('paged.njk')) compiles.set(args[0], (compiles.get(args[0]) ?? 0) + 1);
    return compile.apply(this, args);
  };
  try {
    const eleventy = new Eleventy(input, output, { quietMode: true, config: configure });
    const pages = (await eleventy.toJSON()).map((page) => page.content);
    return { compiles, pages };
  } finally {
    nunjucksCompiler.compile = compile;
  }
}

describe('the Nunjucks compile cache', () => {
  test(`a template paginated into ${PAGES} pages is compiled once (its body and its permalink), and every page still renders its own items`, async () => {
    const { compiles, pages } = await compilesOfPaginatedTemplate(addNunjucksCompileCache);
    assert.deepEqual(pages.sort(), Array.from({ length: PAGES }, (_, page) => `<p>item-${page}</p>\n`));
    assert.deepEqual(
      [...compiles],
      [
        ['p/{{ pagination.pageNumber }}/', 1],
        ['{% for item in pagination.items %}<p>{{ item }}</p>{% endfor %}\n', 1],
      ],
    );
  });

  test('a build in which Eleventy never announces its Nunjucks engine fails before rendering, naming the versions and the fix', async () => {
    const withoutEngineEvent = (config: EleventyConfig): void =>
      addNunjucksCompileCache({
        ...config,
        on: (event: string, callback: (...args: any[]) => unknown) => (event === 'eleventy.engine.njk' ? undefined : config.on(event, callback)),
      } as EleventyConfig);
    await assert.rejects(compilesOfPaginatedTemplate(withoutEngineEvent), (error: Error) => {
      const message = `${error.message} ${String((error as { originalError?: Error }).originalError?.message ?? '')}`;
      assert.match(message, /Eleventy \d+\.\d+\.\d+ with Nunjucks \d+\.\d+\.\d+ did not announce its Nunjucks engine/);
      assert.match(message, /Pin @11ty\/eleventy to 3\.1 in package\.json, or remove the compile cache/);
      return true;
    });
  });

  test('a Nunjucks without the private Template.prototype._compile is refused with the versions and the fix', () => {
    assert.throws(
      () => cacheNunjucksCompiles({ Template: { prototype: {} } } as never, {}),
      (error: Error) =>
        error instanceof NunjucksCompileCacheError &&
        /^Eleventy \d+\.\d+\.\d+ with Nunjucks \d+\.\d+\.\d+ has no Template\.prototype\._compile/.test(error.message) &&
        /Pin @11ty\/eleventy to 3\.1 in package\.json, or remove the compile cache/.test(error.message),
    );
  });
});

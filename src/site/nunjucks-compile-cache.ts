import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';

/**
 * Eleventy 3.1 opts Nunjucks out of its compile cache and builds a fresh Nunjucks Template for
 * every page it renders, so a paginated layout (one page per story) is parsed and compiled
 * again for each page. Nunjucks' compiled form (the `root` and block functions) depends only on
 * the source, the path and the environment, and is shared safely between renders (Nunjucks'
 * own precompiled templates work exactly so), so it is kept here per environment and reused.
 *
 * This replaces Nunjucks' private `Template.prototype._compile` and reads private fields.
 * Eleventy tried the same idea (11ty/eleventy PR #1529), disabled it after it broke builds
 * (issue #1678) and left it opt-in and off by default (issue #1960); Eleventy 4 moves to an
 * async fork of Nunjucks. So the patch checks at start-up that the private API is still there
 * and was installed before the first render, and fails the build loudly otherwise
 * (addNunjucksCompileCache); tests/integration/nunjucks-compile-cache.test.ts counts compiles.
 */

interface CompiledProps {
  root: unknown;
  [block: string]: unknown;
}

interface NunjucksTemplate {
  env: object;
  path?: string;
  tmplStr?: string;
  tmplProps?: CompiledProps;
  _compile(): void;
}

export interface NunjucksLibrary {
  Template: { prototype: NunjucksTemplate };
}

/** The compile cache cannot work with the Eleventy or Nunjucks installed. */
export class NunjucksCompileCacheError extends Error {
  override name = 'NunjucksCompileCacheError';
}

const cachesByEnvironment = new WeakMap<object, Map<string, CompiledProps>>();
const patched = new WeakSet<object>();

/**
 * Installs the compile cache on the Nunjucks that Eleventy builds with, and checks before the
 * first page renders that it was installed: if Eleventy stops announcing its Nunjucks engine,
 * or Nunjucks loses the private method the cache replaces, the build fails with the fix.
 */
export function addNunjucksCompileCache(eleventyConfig: EleventyConfig): void {
  let installed = false;
  let problem: Error | undefined;
  eleventyConfig.on('eleventy.engine.njk', ({ nunjucks, environment }: { nunjucks: NunjucksLibrary; environment: object }) => {
    // Eleventy does not wait for this event's listeners: an error thrown here would be an
    // unhandled rejection, so it is kept and thrown where Eleventy does wait, below.
    try {
      cacheNunjucksCompiles(nunjucks, environment);
      installed = true;
    } catch (error) {
      problem = error instanceof Error ? error : new Error(String(error));
    }
  });
  // Emitted once the templates are read and before any is rendered; Eleventy awaits it.
  eleventyConfig.on('eleventy.contentMap', ({ inputPathToUrl }: { inputPathToUrl: Record<string, unknown> }) => {
    if (problem !== undefined) throw problem;
    const rendersNunjucks = Object.keys(inputPathToUrl).some((inputPath) => inputPath.endsWith('.njk'));
    if (rendersNunjucks && !installed) {
      throw new NunjucksCompileCacheError(
        `${versions()} did not announce its Nunjucks engine (the "eleventy.engine.njk" event), so ` +
          'the Nunjucks compile cache (src/site/nunjucks-compile-cache.ts) could not be installed. ' +
          'Pin @11ty/eleventy to 3.1 in package.json, or remove the compile cache.',
      );
    }
  });
}

/** Call with the library and environment Eleventy announces in its `eleventy.engine.njk` event. */
export function cacheNunjucksCompiles(nunjucks: NunjucksLibrary, environment: object): void {
  const prototype = nunjucks?.Template?.prototype;
  if (typeof prototype?._compile !== 'function') {
    throw new NunjucksCompileCacheError(
      `${versions()} has no Template.prototype._compile, the private method the Nunjucks compile ` +
        'cache (src/site/nunjucks-compile-cache.ts) replaces. Pin @11ty/eleventy to 3.1 in ' +
        'package.json, or remove the compile cache.',
    );
  }
  // A new environment per build (the dev server rebuilds) starts with an empty cache.
  cachesByEnvironment.set(environment, new Map());
  if (patched.has(prototype)) return;
  patched.add(prototype);

  const compile = prototype._compile;
  prototype._compile = function cachedCompile(this: NunjucksTemplate): void {
    const cache = cachesByEnvironment.get(this.env);
    if (cache === undefined || this.tmplProps !== undefined || this.tmplStr === undefined) {
      compile.call(this);
      return;
    }
    const key = `${this.path ?? ''}\u0000${this.tmplStr}`;
    const props = cache.get(key);
    if (props !== undefined) {
      // Nunjucks takes precompiled props through tmplProps; the source stays for error messages.
      this.tmplProps = props;
      compile.call(this);
      return;
    }
    compile.call(this);
    const compiled = { root: (this as unknown as { rootRenderFunc: unknown }).rootRenderFunc } as CompiledProps;
    for (const [name, block] of Object.entries((this as unknown as { blocks: Record<string, unknown> }).blocks)) {
      compiled[`b_${name}`] = block;
    }
    cache.set(key, compiled);
  };
}

/** "Eleventy 3.1.8 with Nunjucks 3.2.4", as installed beside this project. */
function versions(): string {
  return `Eleventy ${packageVersion('@11ty/eleventy')} with Nunjucks ${packageVersion('nunjucks', '@11ty/eleventy')}`;
}

/** The installed version of a package, resolved from this project or from inside another package. */
function packageVersion(name: string, from?: string): string {
  try {
    const require = createRequire(import.meta.url);
    const resolveFrom = from === undefined ? require : createRequire(require.resolve(from));
    // Walk up from the package's entry point: its package.json need not be in its "exports".
    for (let folder = path.dirname(resolveFrom.resolve(name)); folder !== path.dirname(folder); folder = path.dirname(folder)) {
      const packageFile = path.join(folder, 'package.json');
      if (!existsSync(packageFile)) continue;
      const manifest = JSON.parse(readFileSync(packageFile, 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === name) return String(manifest.version);
    }
  } catch {
    // Only the error message needs the version; an unknown one must not hide the error itself.
  }
  return '(version unknown)';
}

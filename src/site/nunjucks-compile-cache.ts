/**
 * Eleventy 3.1 opts Nunjucks out of its compile cache and builds a fresh Nunjucks Template for
 * every page it renders, so a paginated layout (one page per story) is parsed and compiled
 * again for each of thousands of pages: at 4,000 stories that was a quarter of the build.
 * Nunjucks' compiled form (the `root` and block functions) depends only on the source, the
 * path and the environment, and is shared safely between renders (Nunjucks' own precompiled
 * templates work exactly so), so it is kept here per environment and reused.
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

const cachesByEnvironment = new WeakMap<object, Map<string, CompiledProps>>();
const patched = new WeakSet<object>();

/** Call with the library and environment Eleventy announces in its `eleventy.engine.njk` event. */
export function cacheNunjucksCompiles(nunjucks: NunjucksLibrary, environment: object): void {
  // A new environment per build (the dev server rebuilds) starts with an empty cache.
  cachesByEnvironment.set(environment, new Map());
  const prototype = nunjucks.Template.prototype;
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

import { fileURLToPath } from 'node:url';

/**
 * Defined by src/cli/launch.mjs when it compiles Daybook for `npm run build`, `check` and `new`:
 * the project folder. Undefined where the sources run through tsx (tests, `npm start`).
 */
declare const DAYBOOK_COMPILED_PROJECT_DIR: string | undefined;

/** The project folder when this code runs from the compiled copy (under .cache/cli/), where its own location says nothing of it. */
export const COMPILED_PROJECT_DIR: string | undefined = typeof DAYBOOK_COMPILED_PROJECT_DIR === 'string' ? DAYBOOK_COMPILED_PROJECT_DIR : undefined;

/**
 * The compiled twin of a module Node loads by path (the story-loading worker, Eleventy's
 * config), by its entry name in launch.mjs: the launcher writes every module and chunk into one
 * flat folder, so it is beside whichever chunk this code was bundled into. Undefined where the
 * sources run through tsx.
 */
export function compiledModule(entryName: 'load-worker' | 'list-worker' | 'eleventy-config'): { url: string; path: string } | undefined {
  if (COMPILED_PROJECT_DIR === undefined) return undefined;
  const url = new URL(`./${entryName}.mjs`, import.meta.url);
  return { url: url.href, path: fileURLToPath(url) };
}

/**
 * The source of an eval'd worker that loads one of Daybook's worker modules: its compiled twin,
 * or from the sources (`source`, the TypeScript file's URL) through tsx's hooks, which the
 * worker registers first, as workers do not inherit them.
 */
export function workerBootstrap(entryName: 'load-worker' | 'list-worker', source: URL): string {
  const compiled = compiledModule(entryName);
  if (compiled !== undefined) return `import(${JSON.stringify(compiled.url)});`;
  return `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); });`;
}

// @ts-check
/**
 * `npm run build`, `npm run check` and `npm run new` start here: plain JavaScript, so Node runs
 * it without a TypeScript loader. It runs the command from a compiled copy of Daybook's
 * TypeScript (one esbuild bundle under .cache/cli/), compiled again whenever a file it was made
 * from changed. Through tsx, every build paid about half a second before doing anything: the
 * loader's start, then its hooks on each of several hundred modules (Daybook's, Eleventy's), in
 * the build and again in each worker. Tests and `npm start` still run the sources through tsx.
 *
 * Usage: node src/cli/launch.mjs build|check|new [arguments of the command]
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The commands, and the other modules Node loads by path rather than by import: the story-loading and story-listing workers and Eleventy's config. */
const ENTRY_POINTS = {
  build: 'src/cli/build.ts',
  check: 'src/cli/check.ts',
  new: 'src/cli/new-story.ts',
  'load-worker': 'src/content/load-worker.ts',
  'list-worker': 'src/content/list-worker.ts',
  'eleventy-config': '.eleventy.ts',
};
const COMMANDS = ['build', 'check', 'new'];

/** Inputs besides the bundled sources that change what esbuild makes of them. */
const SETTINGS_FILES = ['tsconfig.json', 'package.json', 'src/cli/launch.mjs'];

/** A compiled copy this much older than the newest is removed (a build started just before a recompile may still be loading from it). */
const KEEP_OLD_COPIES_MS = 60 * 60 * 1000;

/**
 * @typedef {{ folder: string, key: string, inputs: Record<string, string> }} Manifest
 * `folder`: the compiled copy, under the cache folder; `key`: what else it was compiled with
 * (esbuild's version, the project folder); `inputs`: each source file's hash.
 */

const [command, ...args] = process.argv.slice(2);
if (command === undefined || !COMMANDS.includes(command)) {
  console.error(`Usage: node src/cli/launch.mjs ${COMMANDS.join('|')} [options]`);
  process.exit(2);
}
const entry = await compiledEntry(command).catch((/** @type {Error} */ error) => {
  console.error(`Daybook could not compile its code into ${displayPath(cacheFolder())} (${error.message.split('\n')[0]}); running it through tsx, about half a second slower.`);
  return undefined;
});
if (entry === undefined) {
  const { register } = await import('tsx/esm/api');
  register();
  await runCommand(path.join(PROJECT_DIR, /** @type {Record<string, string>} */ (ENTRY_POINTS)[command] ?? ''));
} else {
  await runCommand(entry);
}

/** Runs a command's module as if Node had been started on it, with the command's own arguments. */
async function runCommand(/** @type {string} */ file) {
  process.argv = [process.argv[0] ?? process.execPath, file, ...args];
  await import(pathToFileURL(file).href);
}

function cacheFolder() {
  // Tests give a folder of their own; it must be inside the project, where the copy's imports find node_modules.
  return process.env.DAYBOOK_COMPILED_CLI || path.join(PROJECT_DIR, '.cache', 'cli');
}

/** The compiled module of a command: the last compiled copy when none of its inputs changed since, else a new one. */
async function compiledEntry(/** @type {string} */ name) {
  const cache = cacheFolder();
  // esbuild's own module is loaded only to compile: its version is in its package.json.
  const { version } = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('esbuild/package.json'), 'utf8'));
  const key = JSON.stringify({ esbuild: version, project: PROJECT_DIR, entryPoints: ENTRY_POINTS });
  const manifest = readManifest(cache);
  const fresh = manifest !== undefined && manifest.key === key && Object.entries(manifest.inputs).every(([file, hash]) => hashOf(file) === hash);
  const folder = fresh ? manifest.folder : await compile(cache, key);
  return path.join(cache, folder, `${name}.mjs`);
}

/** @returns {Manifest | undefined} */
function readManifest(/** @type {string} */ cache) {
  try {
    return JSON.parse(readFileSync(path.join(cache, 'manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Compiles into a folder of its own, then points the manifest at it: a build running from the last copy is not disturbed. */
async function compile(/** @type {string} */ cache, /** @type {string} */ key) {
  const esbuild = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  const folder = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const result = await esbuild.build({
    absWorkingDir: PROJECT_DIR,
    entryPoints: ENTRY_POINTS,
    outdir: path.join(cache, folder),
    // One flat folder: a chunk finds the worker's module beside itself (src/util/compiled.ts).
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies stay in node_modules, loaded by Node as they are; only Daybook's own code is compiled.
    packages: 'external',
    // As tsx does: function and class names stay what the source calls them.
    keepNames: true,
    define: { DAYBOOK_COMPILED_PROJECT_DIR: JSON.stringify(PROJECT_DIR) },
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.fromEntries(
    [...Object.keys(result.metafile.inputs), ...SETTINGS_FILES].map((file) => [file, hashOf(file)]),
  );
  const manifestFile = path.join(cache, 'manifest.json');
  const written = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(written, JSON.stringify({ folder, key, inputs }));
  renameSync(written, manifestFile);
  removeOldCopies(cache, folder);
  return folder;
}

function removeOldCopies(/** @type {string} */ cache, /** @type {string} */ current) {
  const now = Date.now();
  for (const entry of readdirSync(cache, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === current) continue;
    const old = path.join(cache, entry.name);
    if (now - statSync(old).mtimeMs > KEEP_OLD_COPIES_MS) rmSync(old, { recursive: true, force: true });
  }
}

/** A project file's hash; a missing file hashes as missing, so its return counts as a change. */
function hashOf(/** @type {string} */ file) {
  try {
    return createHash('sha256').update(readFileSync(path.join(PROJECT_DIR, file))).digest('base64url');
  } catch {
    return 'missing';
  }
}

function displayPath(/** @type {string} */ folder) {
  return path.relative(process.cwd(), folder) || folder;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PAGEFIND_LIB = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));

/**
 * Pagefind's own command line, not its Node service API: the service writes a large index
 * slower from a process that already holds the site model, and the command line's memory is
 * gone when it exits. The platform binary is found as the package's own npm wrapper
 * (runner/bin.cjs) finds it and started directly: the wrapper is one more Node process per
 * part, a start-up that every publish would pay for the week's part.
 */
const PAGEFIND_COMMAND: readonly string[] = await pagefindCommand();

async function pagefindCommand(): Promise<string[]> {
  try {
    const { resolveBinaryPath } = (await import(pathToFileURL(path.join(PAGEFIND_LIB, 'resolveBinary.js')).href)) as {
      resolveBinaryPath: (execnames: string[]) => string;
    };
    return [resolveBinaryPath(['pagefind_extended', 'pagefind'])];
  } catch {
    // A Pagefind release that moved its resolver: its wrapper still finds the binary.
    return [process.execPath, path.join(PAGEFIND_LIB, 'runner', 'bin.cjs')];
  }
}

/**
 * Fragment files (a story's text and metadata, fetched when it shows among the results) per
 * part, above which Pagefind bundles several stories' fragments into one file. A part of 1,500
 * stories is then about 260 files instead of 1,530, and a quarter of the bytes (gzip finds more
 * to share in a bundle): on an ext4 disk Pagefind indexed it in 1.85 s instead of 2.3, most of
 * the difference the system time of creating files, and the files of a re-indexed part are
 * fewer to cache and to publish. A reader fetches a bundle of about eight fragments, 5 to 8 KB,
 * for a result instead of one.
 */
export const FRAGMENT_FILES_PER_PART = 200;

/** Nice value for indexing in the background (the dev server's preview, a cold build's render): 19 is the lowest priority, 0 normal. */
export const BACKGROUND_PRIORITY = 15;

/** The Pagefind release the index is built with; part of every cached index's key. */
export const PAGEFIND_VERSION: string = (JSON.parse(readFileSync(path.join(PAGEFIND_LIB, '..', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The command that indexes every HTML page under `siteDir` into a Pagefind bundle, one part of
 * the search index, at `partDir` (run by pagefind-pool.ts), as the command and its arguments.
 */
export function pagefindArguments(siteDir: string, partDir: string, fragmentFiles = FRAGMENT_FILES_PER_PART): string[] {
  return [...PAGEFIND_COMMAND, '--site', siteDir, '--output-path', partDir, '--max-fragments', String(fragmentFiles)];
}

/** The page count a Pagefind run reports; throws with its output when it failed. */
export function pagesIndexed(siteDir: string, code: number | null, output: string): number {
  const pages = /Indexed (\d+) pages?/.exec(output);
  if (code !== 0 || pages === null) throw new Error(`Pagefind could not index ${siteDir} (exit code ${code}):\n${output.trim()}`);
  return Number(pages[1]);
}

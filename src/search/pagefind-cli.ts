import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
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

/** Nice value for background indexing: 19 is the lowest priority, 0 normal. */
const BACKGROUND_PRIORITY = 15;

/** The Pagefind release the index is built with; part of every cached index's key. */
export const PAGEFIND_VERSION: string = (JSON.parse(readFileSync(path.join(PAGEFIND_LIB, '..', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Indexes every HTML page under `siteDir` into a Pagefind bundle, one part of the search
 * index, at `partDir`; returns the page count. In the background (the dev server's preview
 * index) it runs at a low CPU priority, so it never slows the preview's own rebuilds.
 */
export function runPagefind(
  siteDir: string,
  partDir: string,
  options: { background?: boolean; signal?: AbortSignal | undefined; fragmentFiles?: number; onSpawned?: (pid: number) => void } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const [command, ...commandArgs] = PAGEFIND_COMMAND as [string, ...string[]];
    const fragmentFiles = String(options.fragmentFiles ?? FRAGMENT_FILES_PER_PART);
    const child = spawn(command, [...commandArgs, '--site', siteDir, '--output-path', partDir, '--max-fragments', fragmentFiles], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Stopped, and the promise rejected, when the build it indexes for has failed.
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    if (child.pid !== undefined) options.onSpawned?.(child.pid);
    // Set as soon as the indexer has started; its threads are made later and inherit it.
    if (options.background && child.pid !== undefined) {
      try {
        setPriority(child.pid, BACKGROUND_PRIORITY);
      } catch {
        // Not permitted here: it runs at normal priority.
      }
    }
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const pages = /Indexed (\d+) pages?/.exec(output);
      if (code !== 0 || pages === null) {
        reject(new Error(`Pagefind could not index ${siteDir} (exit code ${code}):\n${output.trim()}`));
      } else {
        resolve(Number(pages[1]));
      }
    });
  });
}

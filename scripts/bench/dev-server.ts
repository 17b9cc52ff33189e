import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EditTiming {
  /** Seconds until the server first finished building the corpus. */
  firstBuildSeconds: number;
  /** From saving the story until Eleventy reported the rebuild written. */
  rebuildSeconds: number;
  /** From saving the story until the server returned the story page with the new text. */
  reloadSeconds: number;
  /** The rebuild's own "Wrote N files" line, to show how much it re-rendered. */
  rebuildLog: string;
}

export interface DevServerRun {
  repoRoot: string;
  contentDir: string;
  outDir: string;
  /** Content-relative path of the story to edit. */
  storyPath: string;
  /** Its site-relative URL. */
  storyUrl: string;
  timeoutMs: number;
}

export const WROTE = /Wrote \d+ files?[^\n]*/;
const SERVER_AT = /Server at http:\/\/localhost:(\d+)(\/\S*)/;

/** A running `npm start` server: where it serves the site, what it printed, and how to stop it. */
export interface DevServer {
  /** "http://127.0.0.1:<port>/<path prefix>/": the site's home page. */
  siteUrl: string;
  output: Output;
  /** Seconds from spawning the server until its first build was written. */
  firstBuildSeconds: number;
  /** Stops the server and everything it started (Pagefind indexing the preview); resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts `npm start`'s server (src/cli/serve.ts) on a free loopback port and waits until its
 * first build is written and served. Call stop() when done; it also stops when this process exits.
 */
export async function startDevServer(run: {
  repoRoot: string;
  contentDir: string;
  outDir: string;
  extraArgs?: string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
}): Promise<DevServer> {
  const requestedPort = await freePort();
  const started = performance.now();
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(run.repoRoot, 'src/cli/serve.ts'), '--content', run.contentDir, '--out', run.outDir, ...(run.extraArgs ?? [])],
    // A process group of its own, so stopping it also stops the indexer it may be running:
    // left alone, that would go on writing into the output folder being removed.
    { cwd: run.repoRoot, env: { ...(run.env ?? process.env), PORT: String(requestedPort) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const killGroup = (): void => {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const stop = async (): Promise<void> => {
    process.off('exit', killGroup);
    if (server.exitCode === null && server.signalCode === null) killGroup();
    await exited;
  };
  process.once('exit', killGroup);
  const output = collectOutput(server);
  try {
    await output.waitFor(WROTE, 0, run.timeoutMs);
    const firstBuildSeconds = (performance.now() - started) / 1000;
    // The dev server moves to the next port when the one asked for was taken meanwhile, and
    // serves under the site's path prefix: take both from the address it prints.
    const [, port, prefix] = SERVER_AT.exec(await output.waitFor(SERVER_AT, 0, run.timeoutMs)) ?? [];
    const siteUrl = `http://127.0.0.1:${port}${prefix ?? '/'}`;
    await waitForPage(siteUrl, (html) => html.length > 0, run.timeoutMs);
    return { siteUrl, output, firstBuildSeconds, stop };
  } catch (error) {
    await stop();
    throw new Error(`the dev server did not start: ${(error as Error).message}\n--- server output (tail) ---\n${output.text().slice(-3000)}`);
  }
}

/**
 * Starts the dev server, waits for the first build, appends a sentence to one story, and
 * times the rebuild until the page served shows the sentence. The server is stopped whatever happens.
 */
export async function timeStoryEdit(run: DevServerRun): Promise<EditTiming> {
  const server = await startDevServer(run);
  const { output } = server;
  try {
    const pageUrl = `${server.siteUrl}${run.storyUrl.replace(/^\//, '')}`;
    await waitForPage(pageUrl, (html) => html.length > 0, run.timeoutMs);

    const storyFile = path.join(run.contentDir, run.storyPath);
    const original = await readFile(storyFile, 'utf8');
    // The file watcher is still scanning a large archive when the first build ends, and misses
    // edits until it is done: save a warm-up edit until a rebuild shows it was seen.
    await warmUp(storyFile, original, output, run.timeoutMs);

    const marker = `Bench edit ${Date.now().toString(36)} made this sentence.`;
    const offset = output.text().length;
    const saved = performance.now();
    await writeFile(storyFile, `${original}\n${marker}\n`);
    const [rebuild, reloadedAt] = await Promise.all([
      output.waitFor(WROTE, offset, run.timeoutMs).then((line) => ({ line, at: performance.now() })),
      waitForPage(pageUrl, (html) => html.includes(marker), run.timeoutMs).then(() => performance.now()),
    ]);
    await writeFile(storyFile, original);
    return {
      firstBuildSeconds: server.firstBuildSeconds,
      rebuildSeconds: (rebuild.at - saved) / 1000,
      reloadSeconds: (reloadedAt - saved) / 1000,
      rebuildLog: rebuild.line,
    };
  } catch (error) {
    throw new Error(`dev server run failed: ${(error as Error).message}\n--- server output (tail) ---\n${output.text().slice(-3000)}`);
  } finally {
    await server.stop();
  }
}

export type Output = ReturnType<typeof collectOutput>;

export async function warmUp(storyFile: string, original: string, output: Output, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (let attempt = 1; performance.now() < deadline; attempt += 1) {
    const offset = output.text().length;
    await writeFile(storyFile, `${original}\nWarm-up edit ${attempt}.\n`);
    try {
      await output.waitFor(WROTE, offset, 3000);
      return;
    } catch {
      // Not seen yet: save again.
    }
  }
  throw new Error('the dev server never rebuilt after an edit');
}

function collectOutput(child: ChildProcess): { text(): string; waitFor(pattern: RegExp, from: number, timeoutMs: number): Promise<string> } {
  const chunks: string[] = [];
  let exited: number | null | undefined;
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.once('exit', (code) => (exited = code));
  const text = (): string => {
    // Joined lazily: the first build prints a line per page, thousands of them.
    if (chunks.length > 1) chunks.splice(0, chunks.length, chunks.join(''));
    return chunks[0] ?? '';
  };
  return {
    text,
    // Polls rather than checking on every chunk, and scans only what arrived since the last look.
    waitFor: async (pattern, from, timeoutMs) => {
      const deadline = performance.now() + timeoutMs;
      let scanned = from;
      while (performance.now() < deadline) {
        const all = text();
        const match = pattern.exec(all.slice(Math.max(from, scanned - 500)));
        if (match) return match[0];
        scanned = all.length;
        if (exited !== undefined) throw new Error(`server exited with ${exited}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${pattern}`);
    },
  };
}

/** Polls the page every 20 ms until `ready` accepts it. */
export async function waitForPage(url: string, ready: (html: string) => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok && ready(await response.text())) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${url}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

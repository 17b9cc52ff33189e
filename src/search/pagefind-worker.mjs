// @ts-check
/**
 * Runs the Pagefind processes of one search-index job (pagefind-pool.ts) from a thread of its
 * own. Eleventy writes a render's pages synchronously, holding the build thread for seconds at
 * a time: a Pagefind started from that thread and done with its part waited, unreaped, until
 * the render ended before the next part could start (at 4,000 stories, six seconds of a core
 * left idle in a cold build). This thread's event loop is free to start the next one at once.
 *
 * Plain JavaScript with no imports of Daybook's own, so that it starts in milliseconds both
 * compiled and through tsx. Messages in: `run` (a Pagefind to start, queued), `concurrency`
 * (how many may run at once), `stop` (kill the running, drop the queued). Out: for every run,
 * once its process is gone, its exit code and output.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';

/**
 * @typedef {{ kind: 'run', id: number, command: string, args: string[], pidFile: string, priority: number | undefined, removeWhenEnded: string | undefined }} RunRequest
 * @typedef {RunRequest | { kind: 'concurrency', value: number } | { kind: 'stop' }} PoolRequest
 * @typedef {{ id: number, code: number | null, output: string, stopped: boolean }} RunEnded
 */

const port = parentPort;
if (port === null) throw new Error('pagefind-worker.mjs runs as a worker thread');

/** @type {RunRequest[]} */
const queued = [];
/** @type {Map<number, import('node:child_process').ChildProcess>} */
const running = new Map();
let concurrency = 1;
let stopped = false;

/** @param {RunEnded} event */
const post = (event) => port.postMessage(event);

port.on('message', (/** @type {PoolRequest} */ request) => {
  if (request.kind === 'run') {
    queued.push(request);
  } else if (request.kind === 'concurrency') {
    concurrency = request.value;
  } else {
    stopped = true;
    for (const run of queued.splice(0)) post({ id: run.id, code: null, output: '', stopped: true });
    for (const child of running.values()) child.kill('SIGTERM');
  }
  startWhatMayRun();
});

function startWhatMayRun() {
  while (!stopped && running.size < Math.max(1, concurrency) && queued.length > 0) start(/** @type {RunRequest} */ (queued.shift()));
}

/** @param {RunRequest} run */
function start(run) {
  const child = spawn(run.command, run.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let ended = false;
  /** @param {number | null} code */
  const end = (code) => {
    if (ended) return;
    ended = true;
    running.delete(run.id);
    // The records Pagefind read (see pagefind-pool.ts): removed here, at once, whatever the build's thread is doing.
    if (run.removeWhenEnded !== undefined) {
      try {
        rmSync(run.removeWhenEnded, { recursive: true, force: true });
      } catch {
        // Left for the build's own removal of it, which follows.
      }
    }
    post({ id: run.id, code, output, stopped });
    startWhatMayRun();
  };
  child.stdout?.on('data', (/** @type {Buffer} */ chunk) => (output += chunk.toString()));
  child.stderr?.on('data', (/** @type {Buffer} */ chunk) => (output += chunk.toString()));
  // Reported once the process is gone and its output read: nothing of it writes after the build hears of its end.
  child.on('close', (code) => end(code));
  child.on('error', (error) => {
    output += error.message;
    // A process that never started has nothing more to close.
    if (child.pid === undefined) end(null);
  });
  if (child.pid === undefined) return;
  running.set(run.id, child);
  // Written before anything else: a build killed from here on leaves the next build this pid to stop (index-parts.ts).
  writeFileSync(run.pidFile, String(child.pid));
  if (run.priority !== undefined) {
    try {
      // Set as soon as the indexer has started; its threads are made later and inherit it.
      setPriority(child.pid, run.priority);
    } catch {
      // Not permitted here: it runs at normal priority.
    }
  }
}

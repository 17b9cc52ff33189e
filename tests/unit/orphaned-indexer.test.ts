import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { removeAbandonedScratchFolders } from '../../src/search/index-parts.ts';
import { isRunning } from '../../src/util/is-running.ts';

/** A process that waits a minute, with `args` among its arguments as Pagefind has `--site <scratch>`. */
function standIn(args: string[]): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)', '--', ...args], { stdio: 'ignore' });
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await once(child, 'exit');
  return child.pid!;
}

test("a killed build's Pagefind is stopped before its scratch folder is removed, and no other process is", async (t) => {
  const owner = await deadPid();
  const scratch = path.join(tmpdir(), `daybook-search-${owner}-orphan${process.pid}`);
  const other = path.join(tmpdir(), `daybook-search-${owner}-other${process.pid}`);
  await mkdir(scratch, { recursive: true });
  await mkdir(other, { recursive: true });
  const indexer = standIn(['--site', scratch]);
  // A recorded pid now taken by a process that does not name the folder.
  const bystander = standIn(['--site', '/somewhere/else']);
  t.after(() => {
    indexer.kill('SIGKILL');
    bystander.kill('SIGKILL');
  });
  await writeFile(path.join(scratch, '.indexer-pid'), String(indexer.pid));
  await writeFile(path.join(other, '.indexer-pid'), String(bystander.pid));
  const ended = once(indexer, 'exit');

  await removeAbandonedScratchFolders();

  const [, signal] = await Promise.race([ended, sleep(5000).then(() => [null, 'still running after 5 s'])]);
  assert.equal(signal, 'SIGKILL');
  assert.ok(isRunning(bystander.pid!), 'a process that does not name the scratch folder is left alone');
  assert.equal(existsSync(scratch), false);
  assert.equal(existsSync(other), false);
});

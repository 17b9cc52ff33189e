import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FIXTURE_NOW, fixtureCopy, repoRoot, runCli, tempDir, testEnv } from '../helpers/build.ts';
import { snapshotSite } from '../helpers/site-snapshot.ts';
import { isRunning } from '../../src/util/is-running.ts';

/**
 * Issue 12, case 10: a build killed with SIGKILL at any moment (loading, indexing, rendering,
 * publishing) leaves a site the next build recovers: that build succeeds, publishes what a
 * cold build of the same content publishes, and nothing the killed build made is left behind.
 */
function buildKilledAfter(ms: number, args: string[]): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli/build.ts'), ...args], { cwd: repoRoot, env: testEnv(), stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a killed build is recovered by the next one', () => {
  let content = '';
  let outDir = '';
  let args: string[] = [];
  let story = '';

  before(async () => {
    content = await fixtureCopy();
    outDir = path.join(await tempDir('killed'), 'dist');
    args = ['--content', content, '--out', outDir, '--now', FIXTURE_NOW, '--cache', await tempDir('killed-cache')];
    story = path.join(content, 'stories/2026-11-22-grain-prices.md');
    assert.equal((await runCli('build', args)).code, 0);
  });

  for (const ms of [300, 700, 1100, 1500, 1900]) {
    test(`killed ${ms} ms into an incremental build`, async () => {
      await writeFile(story, (await readFile(story, 'utf8')).replace(/^title: .*$/m, `title: "Grain prices ease, take ${ms}"`));
      await buildKilledAfter(ms, args);
      const next = await runCli('build', args);
      assert.equal(next.code, 0, next.stderr);
      const cold = path.join(await tempDir('killed-cold'), 'dist');
      assert.equal((await runCli('build', ['--content', content, '--out', cold, '--now', FIXTURE_NOW, '--no-cache'])).code, 0);
      assert.deepEqual(await snapshotSite(outDir), await snapshotSite(cold));
      for (let waited = 0; waited < 5000 && (await readdir(path.dirname(outDir))).length > 1; waited += 50) await sleep(50);
      assert.deepEqual(await readdir(path.dirname(outDir)), ['dist'], 'nothing is left beside the site');
      const scratch = [...(await readdir('/dev/shm').catch(() => [])), ...(await readdir(tmpdir()))].map((name) => /^daybook-search-(\d+)-/.exec(name)?.[1]);
      const abandoned = scratch.filter((pid) => pid !== undefined && !isRunning(Number(pid)));
      assert.deepEqual(abandoned, [], 'no search scratch folder of a killed build is left');
    });
  }
});

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSite, type SiteBuildOptions } from '../../src/site/build-site.ts';
import { isRunning } from '../../src/util/is-running.ts';
import { cliCommand, FIXTURE_NOW, fixtureCopy, repoRoot, tempDir, testEnv } from '../helpers/build.ts';
import { snapshotSite } from '../helpers/site-snapshot.ts';

/**
 * Issue 12, case 10: a build killed with SIGKILL at any moment (loading, indexing, rendering,
 * publishing) leaves a site the next build recovers: that build succeeds, publishes what a
 * cold build of the same content publishes, and nothing the killed build made is left behind.
 * Only the killed build runs as the command line; the others run in this process.
 */
function buildKilledAfter(ms: number, options: SiteBuildOptions): Promise<void> {
  const args = ['--content', options.contentDir, '--out', options.outDir, '--now', FIXTURE_NOW, '--cache', options.cacheDir!];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cliCommand('build', args), { cwd: repoRoot, env: testEnv(), stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a killed build is recovered by the next one', () => {
  let options: SiteBuildOptions;
  let story = '';

  before(async () => {
    const contentDir = await fixtureCopy();
    options = {
      contentDir,
      outDir: path.join(await tempDir('killed'), 'dist'),
      cacheDir: await tempDir('killed-cache'),
      mode: 'production',
      now: Date.parse(FIXTURE_NOW),
    };
    story = path.join(contentDir, 'stories/2026-11-22-grain-prices.md');
    await buildSite(options);
  });

  // Start-up and loading, indexing and rendering, publishing: the moments differ on a loaded machine, so three spread apart.
  for (const ms of [500, 1000, 1500]) {
    test(`killed ${ms} ms into an incremental build`, async () => {
      await writeFile(story, (await readFile(story, 'utf8')).replace(/^title: .*$/m, `title: "Grain prices ease, take ${ms}"`));
      await buildKilledAfter(ms, options);
      const next = await buildSite(options);
      assert.ok(next.model.stories.some((item) => item.title === `Grain prices ease, take ${ms}`));
      const cold = path.join(await tempDir('killed-cold'), 'dist');
      await buildSite({ ...options, outDir: cold, cacheDir: undefined });
      assert.deepEqual(await snapshotSite(options.outDir), await snapshotSite(cold));
      for (let waited = 0; waited < 5000 && (await readdir(path.dirname(options.outDir))).length > 1; waited += 50) await sleep(50);
      assert.deepEqual(await readdir(path.dirname(options.outDir)), ['dist'], 'nothing is left beside the site');
      const scratch = [...(await readdir('/dev/shm').catch(() => [])), ...(await readdir(tmpdir()))].map((name) => /^daybook-search-(\d+)-/.exec(name)?.[1]);
      const abandoned = scratch.filter((pid) => pid !== undefined && !isRunning(Number(pid)));
      assert.deepEqual(abandoned, [], 'no search scratch folder of a killed build is left');
    });
  }
});

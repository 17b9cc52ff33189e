import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateCorpus, writeGeneratedCorpus } from '../../scripts/bench/corpus.ts';
import { PARALLEL_THRESHOLD } from '../../src/content/parallel-load.ts';
import type { ListedOnWorker } from '../../src/content/list-worker.ts';
import { listStoryFiles } from '../../src/content/story-files.ts';
import { repoRoot, runCli, tempDir, type RunResult } from '../helpers/build.ts';

/**
 * `npm run build` and `npm run check` run a compiled copy of the sources (src/cli/launch.mjs):
 * compiled once, used as long as no file it was made from changed, compiled again when one did,
 * and never in the way of a command that cannot write it.
 */
interface Manifest {
  folder: string;
  inputs: Record<string, string>;
}

const readManifest = async (cache: string): Promise<Manifest> => JSON.parse(await readFile(path.join(cache, 'manifest.json'), 'utf8')) as Manifest;

describe('the compiled command line', () => {
  let cache: string;
  let contentDir: string;
  let first: RunResult;
  let firstManifest: Manifest;
  const stories = PARALLEL_THRESHOLD + 100;

  // Inside the project, as the copy must be: its imports of dependencies resolve from the project's node_modules.
  const scratch = path.join(repoRoot, '.cache', `compiled-cli-test-${process.pid}`);
  after(() => rm(scratch, { recursive: true, force: true }));

  before(async () => {
    cache = path.join(scratch, 'cli');
    contentDir = path.join(await tempDir('compiled-cli-content'), 'content');
    await writeGeneratedCorpus(contentDir, stories, 5);
    first = await runCli('check', ['--content', contentDir, '--now', generateCorpus(stories, 5).now, '--no-cache'], { DAYBOOK_COMPILED_CLI: cache });
    firstManifest = await readManifest(cache);
  });

  it('compiles on first use and runs the command from the copy, its story-loading workers too', async () => {
    // Enough stories that the check parses them on worker threads, which load the compiled worker module.
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`${stories} stories in \\d+ issues, 0 warnings`));
    assert.equal(first.stderr, '');
    const compiled = await readdir(path.join(cache, firstManifest.folder));
    for (const module of ['build.mjs', 'check.mjs', 'new.mjs', 'load-worker.mjs', 'list-worker.mjs', 'eleventy-config.mjs']) assert.ok(compiled.includes(module), module);
    assert.ok('src/cli/check.ts' in firstManifest.inputs && 'src/content/load-worker.ts' in firstManifest.inputs && '.eleventy.ts' in firstManifest.inputs);
  });

  it("compiles the story-listing worker, which a large archive's build starts by its path", async () => {
    const worker = new Worker(path.join(cache, firstManifest.folder, 'list-worker.mjs'), { workerData: contentDir });
    const listed = await new Promise<ListedOnWorker>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    assert.deepEqual(listed.files, await listStoryFiles(contentDir));
    assert.equal(listed.numbers.length, stories * 4);
    assert.ok(listed.numbers.every((value) => Number.isFinite(value)));
  });

  it('uses the same copy while no source changed', async () => {
    const again = await runCli('check', ['--help'], { DAYBOOK_COMPILED_CLI: cache });
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(await readManifest(cache), firstManifest);
    assert.deepEqual((await readdir(cache)).sort(), ['manifest.json', firstManifest.folder].sort());
  });

  it('compiles again when a source it was made from is not what it was', async () => {
    // As if src/site/model.ts had been edited since: its recorded hash no longer matches the file.
    const stale = { ...firstManifest, inputs: { ...firstManifest.inputs, 'src/site/model.ts': 'an older version' } };
    await writeFile(path.join(cache, 'manifest.json'), JSON.stringify(stale));
    const result = await runCli('check', ['--help'], { DAYBOOK_COMPILED_CLI: cache });
    assert.equal(result.code, 0, result.stderr);
    const manifest = await readManifest(cache);
    assert.notEqual(manifest.folder, firstManifest.folder);
    assert.deepEqual(manifest.inputs, firstManifest.inputs);
    // The last copy stays for a while: a build started before the change may still be loading from it.
    assert.ok((await readdir(cache)).includes(firstManifest.folder));
  });

  it('runs the sources through tsx, and says so, where it cannot write the copy', async () => {
    const notAFolder = path.join(scratch, 'file');
    await writeFile(notAFolder, 'in the way');
    const result = await runCli('check', ['--content', contentDir, '--now', generateCorpus(stories, 5).now, '--no-cache'], {
      DAYBOOK_COMPILED_CLI: path.join(notAFolder, 'cli'),
    });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /could not compile its code into .*file\/cli .*running it through tsx/);
    assert.match(result.stdout, new RegExp(`${stories} stories in \\d+ issues`));
  });
});

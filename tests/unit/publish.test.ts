import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { besideOutput, publishChanges, publishedBuildId, recoverOutputFolder, replaceOutput, writeOutputMarker } from '../../src/site/publish.ts';
import { lockOutputFolder, OutputBusyError } from '../../src/site/output-lock.ts';
import { filesUnder } from '../../src/util/files-under.ts';
import { tempDir } from '../helpers/build.ts';

async function site(files: Record<string, string>, buildId = 'old'): Promise<string> {
  const outDir = path.join(await tempDir('publish'), 'dist');
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await writeFile(path.join(outDir, file), text);
  }
  await writeOutputMarker(outDir, buildId);
  return outDir;
}

async function folder(at: string, files: Record<string, string>): Promise<string> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(at, file)), { recursive: true });
    await writeFile(path.join(at, file), text);
  }
  return at;
}

async function eventuallyOnly(parent: string, names: string[]): Promise<void> {
  for (let waited = 0; waited < 5000 && (await readdir(parent)).length > names.length; waited += 50) await sleep(50);
  assert.deepEqual((await readdir(parent)).sort(), names.sort());
}

describe('a cold publish replaces the whole site', () => {
  test('the new site takes the old one\'s place, and the old one is removed from beside it', async () => {
    const outDir = await site({ 'old-story/index.html': 'old' });
    const staging = await folder(besideOutput(outDir).staging, { 'index.html': 'new' });
    await replaceOutput(outDir, staging);
    assert.deepEqual(await readdir(outDir), ['index.html']);
    await eventuallyOnly(path.dirname(outDir), ['dist']);
  });
});

describe('an incremental publish touches only what changed', () => {
  test('changed files move in, unchanged ones stay, removed ones go with their emptied folders', async () => {
    const outDir = await site({ 'index.html': 'front', 'a/index.html': 'a', 'gone/deep/index.html': 'gone', 'same.xml': 'same' });
    const staging = await folder(besideOutput(outDir).staging, { 'index.html': 'new front', 'b/index.html': 'b', 'same.xml': 'same' });
    const result = await publishChanges(outDir, staging, { buildId: 'new', deletes: ['gone/deep/index.html'] });
    assert.deepEqual(result, { moved: 2, deleted: 1 });
    assert.deepEqual((await filesUnder(outDir)).sort(), ['.daybook-output', 'a/index.html', 'b/index.html', 'index.html', 'same.xml']);
    assert.equal(await readFile(path.join(outDir, 'index.html'), 'utf8'), 'new front');
    assert.equal(publishedBuildId(outDir), 'new');
    assert.ok(!existsSync(staging));
  });
});

describe('the next build recovers from a build killed at any moment', () => {
  test('killed while moving files in: the journal is completed', async () => {
    const outDir = await site({ 'index.html': 'front', 'gone.html': 'x' });
    const { staging, journal } = besideOutput(outDir);
    await folder(staging, { 'story/index.html': 'story' });
    // As publishChanges leaves it when killed after writing the journal and moving index.html.
    await writeFile(path.join(outDir, 'index.html'), 'new front');
    await writeFile(journal, JSON.stringify({ staging, buildId: 'new', moves: ['index.html', 'story/index.html'], deletes: ['gone.html'] }));
    const notes = await recoverOutputFolder(outDir);
    assert.match(notes.join(' '), /Completed the publishing/);
    assert.deepEqual((await filesUnder(outDir)).sort(), ['.daybook-output', 'index.html', 'story/index.html']);
    assert.equal(publishedBuildId(outDir), 'new');
    assert.ok(!existsSync(journal));
    await eventuallyOnly(path.dirname(outDir), ['dist']);
  });

  test('killed between the two renames of a cold publish: the old site is put back', async () => {
    const outDir = await site({ 'index.html': 'old' });
    const { previous } = besideOutput(outDir);
    const { rename } = await import('node:fs/promises');
    await rename(outDir, previous);
    const notes = await recoverOutputFolder(outDir);
    assert.match(notes.join(' '), /Put back the published site/);
    assert.equal(await readFile(path.join(outDir, 'index.html'), 'utf8'), 'old');
  });

  test('killed while rendering: the staging folder and a half-written journal are removed, the site untouched', async () => {
    const outDir = await site({ 'index.html': 'old' });
    const { staging, journal } = besideOutput(outDir);
    await folder(staging, { 'index.html': 'half' });
    await writeFile(`${journal}.incoming`, '{"staging":');
    await recoverOutputFolder(outDir);
    assert.equal(await readFile(path.join(outDir, 'index.html'), 'utf8'), 'old');
    await eventuallyOnly(path.dirname(outDir), ['dist']);
  });
});

describe('trash is deleted once, in the background', () => {
  test('a folder a live rm is deleting is left to it; one whose rm died is deleted, with the pid files', async () => {
    const outDir = await site({ 'index.html': 'front' });
    const parent = path.dirname(outDir);
    const { trashPrefix } = besideOutput(outDir);
    const live = `${trashPrefix}live`;
    const dead = `${trashPrefix}dead`;
    await folder(path.join(parent, live), { 'old/index.html': 'old' });
    await folder(path.join(parent, dead), { 'old/index.html': 'old' });
    // A live process that names the folder stands for its rm; a child that has exited, for an
    // rm that died; this test's own process, for one that took the pid of an rm long gone.
    const rmStandIn = spawn('sh', ['-c', 'sleep 30', path.join(parent, live)], { stdio: 'ignore' });
    try {
      await writeFile(path.join(parent, `${live}.removing`), String(rmStandIn.pid));
      await writeFile(path.join(parent, `${dead}.removing`), String(spawnSync('true').pid));
      await writeFile(path.join(parent, `${trashPrefix}reused.removing`), String(process.pid));
      await folder(path.join(parent, `${trashPrefix}reused`), { 'old/index.html': 'old' });
      await writeFile(path.join(parent, `${trashPrefix}gone.removing`), String(process.pid));
      await recoverOutputFolder(outDir);
      await eventuallyOnly(parent, ['dist', live, `${live}.removing`]);
      assert.equal(await readFile(path.join(parent, live, 'old/index.html'), 'utf8'), 'old');
    } finally {
      rmStandIn.kill();
    }
  });
});

describe('one build at a time per output folder', () => {
  test('a second build is refused while the first runs, and a dead build\'s lock is taken over', async () => {
    const outDir = path.join(await tempDir('lock'), 'dist');
    const unlock = lockOutputFolder(outDir);
    assert.throws(() => lockOutputFolder(outDir), (error: unknown) => error instanceof OutputBusyError && /Another build \(process \d+\)/.test(error.message));
    unlock();
    // A lock left by a process that no longer runs.
    await writeFile(path.join(path.dirname(outDir), '.dist.lock'), '999999999');
    lockOutputFolder(outDir)();
  });
});

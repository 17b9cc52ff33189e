import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileStatOf } from '../../src/content/file-stat.ts';
import { listAndStatStoryFiles } from '../../src/content/listed-files.ts';
import { tempDir } from '../helpers/build.ts';

async function contentWith(files: string[]): Promise<string> {
  const contentDir = await tempDir('listed');
  for (const file of files) {
    await mkdir(path.join(contentDir, path.dirname(file)), { recursive: true });
    await writeFile(path.join(contentDir, file), `---\ntitle: ${file}\n---\n`);
  }
  return contentDir;
}

test('a large archive is listed and stat\'ed on a worker, with the same files and stats as on this thread', async () => {
  const contentDir = await contentWith(['stories/2026-11-20-a.md', 'stories/world/2026-11-21-b.MD', 'stories/_drafts/c.md', 'stories/.hidden/d.md', 'stories/README.md', 'stories/notes.txt']);
  const expectedFiles = ['stories/2026-11-20-a.md', 'stories/world/2026-11-21-b.MD'];
  const expectedPaths = expectedFiles.map((file) => path.join(contentDir, file));
  const onWorker = await listAndStatStoryFiles(contentDir, { onWorker: true });
  assert.deepEqual(onWorker, { files: expectedFiles, absolutePaths: expectedPaths, stats: expectedPaths.map((file) => fileStatOf(statSync(file))) });
  assert.deepEqual(await listAndStatStoryFiles(contentDir, { onWorker: false }), onWorker);
  // A small folder is listed on this thread without being told.
  assert.deepEqual(await listAndStatStoryFiles(contentDir), onWorker);
});

test('a content folder without stories/ lists no files, on either thread', async () => {
  const contentDir = await contentWith(['images/CREDITS.md']);
  const none = { files: [], absolutePaths: [], stats: [] };
  assert.deepEqual(await listAndStatStoryFiles(contentDir, { onWorker: true }), none);
  assert.deepEqual(await listAndStatStoryFiles(contentDir), none);
});

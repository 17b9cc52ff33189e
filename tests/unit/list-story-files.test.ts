import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listStoryFiles } from '../../src/content/story-files.ts';
import { tempDir } from '../helpers/temp-dir.ts';

test('story files are the Markdown under content/stories/, subfolders included, as paths under content/', async () => {
  const contentDir = await tempDir('list');
  const files = [
    'stories/2026-11-20-a.md',
    'stories/world/2026-11-21-b.MD',
    'stories/world/europe/2026-11-22-c.md',
    'stories/_drafts/2026-11-23-d.md',
    'stories/.hidden/2026-11-23-e.md',
    'stories/_f.md',
    'stories/README.md',
    'stories/world/notes.txt',
    'images/CREDITS.md',
  ];
  for (const file of files) {
    await mkdir(path.join(contentDir, path.dirname(file)), { recursive: true });
    await writeFile(path.join(contentDir, file), '---\ntitle: x\n---\n');
  }
  assert.deepEqual(await listStoryFiles(contentDir), ['stories/2026-11-20-a.md', 'stories/world/2026-11-21-b.MD', 'stories/world/europe/2026-11-22-c.md']);
  // The same folder named with a trailing separator or dot segments lists the same paths.
  assert.deepEqual(await listStoryFiles(`${contentDir}${path.sep}.${path.sep}`), await listStoryFiles(contentDir));
});

test('a content folder without stories/ has no stories', async () => {
  assert.deepEqual(await listStoryFiles(await tempDir('list')), []);
});

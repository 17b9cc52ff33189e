import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, truncate, utimes } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { SETTLE_MS } from '../../src/content/file-stat.ts';
import { FIXTURE_NOW, fixtureCopy, tempDir } from '../helpers/build.ts';

test('a reload in the same process reads the story cache only when a story file changed', async (t) => {
  const contentDir = await fixtureCopy();
  const cacheDir = await tempDir('story-cache-reload');
  // Files as fresh as a copy are checked again on every load until they settle (file-stat.ts).
  await sleep(SETTLE_MS + 200);
  const load = () => loadContent({ contentDir, mode: 'development', now: Date.parse(FIXTURE_NOW), cacheDir });
  await load();
  const folder = path.join(cacheDir, 'content', (await readdir(path.join(cacheDir, 'content')))[0] ?? '');
  // Every shard cut short: a read of any of them says so on stderr.
  for (const name of await readdir(folder)) await truncate(path.join(folder, name), 40);
  const warn = t.mock.method(console, 'warn', () => undefined);

  await load();
  assert.equal(warn.mock.callCount(), 0, 'nothing changed: the cache was not read');

  const story = path.join(contentDir, 'stories/2026-11-23-ceasefire-monitors.md');
  await utimes(story, new Date(), new Date(Date.now() - 60_000));
  await load();
  assert.ok(warn.mock.callCount() > 0, 'a story file changed: the cache was read');
});

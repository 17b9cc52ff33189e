import { beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SearchIndexCache } from '../../src/search/search-cache.ts';
import { MANIFEST_FILE } from '../../src/search/part-manifest.ts';
import { tempDir } from '../helpers/build.ts';

const PART = '2026-11';
const KEY = 'k1';
const FILES: Record<string, string> = {
  'pagefind-entry.json': '{"version":"1.6.0"}',
  'fragment/en_1.pf_fragment': 'a record of the first story',
  'index/en_1.pf_index': 'an index of words',
};

describe('SearchIndexCache', () => {
  let cache: SearchIndexCache;
  let entry: string;
  let work: string;
  const restoreInto = async (name: string): Promise<{ restored: boolean; target: string; warnings: string[] }> => {
    const target = path.join(work, name);
    const warn = mock.method(console, 'warn', () => undefined);
    try {
      const restored = await cache.restore(PART, KEY, target);
      return { restored, target, warnings: warn.mock.calls.map((call) => String(call.arguments[0])) };
    } finally {
      warn.mock.restore();
    }
  };
  const expectDamaged = async (reason: RegExp): Promise<void> => {
    const { restored, target, warnings } = await restoreInto('damaged');
    assert.equal(restored, false, 'the part is indexed again');
    assert.ok(!existsSync(target), 'nothing of the damaged part is published');
    assert.ok(!existsSync(entry), 'the damaged part leaves the cache');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', new RegExp(`^Search cache entry ${PART} was damaged \\(.*${reason.source}.*\\) and is rebuilt\\.$`));
  };

  beforeEach(async () => {
    work = await tempDir('search-cache');
    cache = new SearchIndexCache(path.join(work, 'cache'), path.join(work, 'content'));
    entry = cache.entryFor(PART, KEY);
    const bundle = path.join(work, 'bundle');
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(bundle, file)), { recursive: true });
      await writeFile(path.join(bundle, file), text);
    }
    await cache.store(PART, KEY, bundle);
  });

  test('a part is stored and restored as copies: no file of the output is a file of the cache', async () => {
    const { restored, target, warnings } = await restoreInto('out');
    assert.ok(restored);
    assert.deepEqual(warnings, []);
    for (const [file, text] of Object.entries(FILES)) {
      assert.equal(await readFile(path.join(target, file), 'utf8'), text);
      assert.notEqual(statSync(path.join(target, file)).ino, statSync(path.join(entry, file)).ino, `${file} is not the cache's file`);
      assert.notEqual(statSync(path.join(work, 'bundle', file)).ino, statSync(path.join(entry, file)).ino, `${file} was stored as a copy`);
    }
    assert.ok(!existsSync(path.join(target, MANIFEST_FILE)), 'the manifest stays in the cache');
    await truncate(path.join(entry, 'fragment/en_1.pf_fragment'), 3);
    assert.equal(await readFile(path.join(target, 'fragment/en_1.pf_fragment'), 'utf8'), FILES['fragment/en_1.pf_fragment']);
  });

  test('a truncated file is damage', async () => {
    await truncate(path.join(entry, 'fragment/en_1.pf_fragment'), 5);
    await expectDamaged(/fragment\/en_1.pf_fragment has 5 bytes, not 27/);
  });

  test('a file edited in place, same length, is damage', async () => {
    await writeFile(path.join(entry, 'fragment/en_1.pf_fragment'), 'a record of the FIRST story');
    await expectDamaged(/fragment\/en_1.pf_fragment does not match its checksum/);
  });

  test('a missing file, a file the manifest does not list, or a missing or edited manifest is damage', async () => {
    await rm(path.join(entry, 'index/en_1.pf_index'));
    await expectDamaged(/index\/en_1.pf_index is missing/);

    await cache.store(PART, KEY, path.join(work, 'bundle'));
    await writeFile(path.join(entry, 'fragment/en_2.pf_fragment'), 'planted');
    await expectDamaged(/fragment\/en_2.pf_fragment is not in its manifest/);

    await cache.store(PART, KEY, path.join(work, 'bundle'));
    await rm(path.join(entry, MANIFEST_FILE));
    await expectDamaged(/its manifest is missing or damaged/);

    await cache.store(PART, KEY, path.join(work, 'bundle'));
    const manifest = await readFile(path.join(entry, MANIFEST_FILE), 'utf8');
    await writeFile(path.join(entry, MANIFEST_FILE), manifest.replace('"size":27', '"size":28'));
    await expectDamaged(/its manifest is missing or damaged/);
  });

  test('after damage the part is stored again and restores', async () => {
    await truncate(path.join(entry, 'pagefind-entry.json'), 0);
    await expectDamaged(/pagefind-entry.json has 0 bytes/);
    await cache.store(PART, KEY, path.join(work, 'bundle'));
    assert.ok((await restoreInto('again')).restored);
  });
});

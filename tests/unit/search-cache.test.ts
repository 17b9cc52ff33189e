import { beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SearchIndexCache } from '../../src/search/search-cache.ts';
import { listFiles } from '../../src/search/file-tree.ts';
import { encodePack } from '../../src/search/part-pack.ts';
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

  test('a part is stored as one file and restored as files of their own', async () => {
    assert.ok(statSync(entry).isFile(), 'one file in the cache');
    const { restored, target, warnings } = await restoreInto('out');
    assert.ok(restored);
    assert.deepEqual(warnings, []);
    assert.deepEqual((await listFiles(target)).sort(), Object.keys(FILES).sort(), 'the part\'s files and nothing else');
    for (const [file, text] of Object.entries(FILES)) assert.equal(await readFile(path.join(target, file), 'utf8'), text);
    await truncate(entry, 3);
    assert.equal(await readFile(path.join(target, 'fragment/en_1.pf_fragment'), 'utf8'), FILES['fragment/en_1.pf_fragment'], 'damage to the cache does not reach the restored part');
  });

  test('a truncated pack is damage', async () => {
    const size = statSync(entry).size;
    await truncate(entry, size - 5);
    await expectDamaged(new RegExp(`it has ${size - 5} bytes, not ${size}`));
  });

  test('a file edited in place, same length, is damage', async () => {
    const pack = await readFile(entry);
    const at = pack.lastIndexOf('a record of the first story');
    pack.write('FIRST', at + 'a record of the '.length);
    await writeFile(entry, pack);
    await expectDamaged(/fragment\/en_1.pf_fragment does not match its checksum/);
  });

  test('a pack of something else, or whose manifest was edited, is damage', async () => {
    await writeFile(entry, 'not a pack');
    await expectDamaged(/its manifest is missing or damaged/);

    await cache.store(PART, KEY, path.join(work, 'bundle'));
    const pack = await readFile(entry);
    await writeFile(entry, Buffer.from(pack.toString('latin1').replace('"size":27', '"size":28'), 'latin1'));
    await expectDamaged(/its manifest is missing or damaged/);
  });

  test('a folder where the pack should be is damage, and is thrown away', async () => {
    await rm(entry);
    await mkdir(path.join(entry, 'fragment'), { recursive: true });
    await expectDamaged(/its manifest is missing or damaged/);
  });

  test('a pack naming a file outside its part is damage, and nothing is written outside the part', async () => {
    await writeFile(entry, encodePack([{ path: '../escaped.txt', bytes: Buffer.from('x') }]));
    await expectDamaged(/"..\/escaped.txt" is not a path inside the part/);
    assert.ok(!existsSync(path.join(work, 'escaped.txt')));
  });

  test('after damage the part is stored again and restores', async () => {
    await truncate(entry, 10);
    await expectDamaged(/its manifest is missing or damaged/);
    await cache.store(PART, KEY, path.join(work, 'bundle'));
    assert.ok((await restoreInto('again')).restored);
  });
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serialize } from 'node:v8';
import { decodeShard, encodeShard, type CacheShard } from '../../src/content/story-cache-file.ts';
import type { Story } from '../../src/content/story.ts';

const shard: CacheShard = { scope: 'scope', stories: { 'stories/a.md': { textHash: 'h', stat: undefined, result: { story: undefined, problems: [] } } } };

describe('story cache file format', () => {
  test('a shard reads back as written', () => {
    assert.deepEqual(decodeShard(encodeShard(shard)), { shard });
  });

  test('any byte of the payload changed, or the file cut short, is damage', () => {
    const bytes = encodeShard(shard);
    for (const at of [bytes.length - 1, bytes.indexOf('stories/a.md'), bytes.indexOf('scope')]) {
      const edited = Buffer.from(bytes);
      edited[at] = (edited[at] ?? 0) ^ 0x01;
      assert.deepEqual(decodeShard(edited), { shard: undefined, damaged: true }, `byte ${at}`);
    }
    assert.deepEqual(decodeShard(bytes.subarray(0, bytes.length - 1)), { shard: undefined, damaged: true });
    assert.deepEqual(decodeShard(bytes.subarray(0, 20)), { shard: undefined, damaged: true });
  });

  test("an earlier Daybook's file (bare v8) is not read, and not reported as damage", () => {
    assert.deepEqual(decodeShard(serialize(shard)), { shard: undefined, damaged: false });
    assert.deepEqual(decodeShard(Buffer.alloc(0)), { shard: undefined, damaged: false });
  });
});

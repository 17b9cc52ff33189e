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

  test('stories read back with their HTML and page HTML, the same string when the page prints it unchanged', () => {
    const story = (title: string, html: string, pageHtml: string): Story => ({ id: title, title, html, pageHtml, rawHtml: false }) as unknown as Story;
    const stat = { size: 1, mtimeMs: 2.5, ctimeMs: 3.5, ino: 4 };
    const stories: CacheShard['stories'] = {
      'stories/root.md': { textHash: 'a', stat, result: { story: story('root', '<p>A “quote”</p>', '<p>A “quote”</p>'), problems: [] } },
      'stories/broken.md': { textHash: 'b', stat: undefined, result: { story: undefined, problems: [{ severity: 'error', file: 'b', message: 'm' }] } },
      'stories/prefixed.md': { textHash: 'c', stat, result: { story: story('prefixed', '<img src="/a.jpg">', '<img src="/news/a.jpg">'), problems: [] } },
      'stories/empty.md': { textHash: 'd', stat, result: { story: story('empty', '', ''), problems: [] } },
    };
    const decoded = decodeShard(encodeShard({ scope: 'scope', stories }));
    assert.deepEqual(decoded, { shard: { scope: 'scope', stories } });
    assert.ok(decoded.shard !== undefined);
    assert.deepEqual(Object.keys(decoded.shard.stories), Object.keys(stories));
    const root = decoded.shard.stories['stories/root.md']?.result.story;
    assert.ok(root !== undefined && root.pageHtml === root.html);
    const bytes = encodeShard({ scope: 'scope', stories });
    const html = Buffer.from('<p>A “quote”</p>', 'utf16le');
    assert.equal(bytes.indexOf(html), bytes.lastIndexOf(html), 'an HTML the page prints unchanged is stored once');
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

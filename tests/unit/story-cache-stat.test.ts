import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileStatOf, settledStat, SETTLE_MS, statUnchanged, type FileStat } from '../../src/content/file-stat.ts';
import type { NormalizeResult, StoryFile } from '../../src/content/normalize.ts';
import { hashText, parseThroughCache, PersistentStoryCache } from '../../src/content/story-cache.ts';
import { parseStoryFiles } from '../../src/content/load.ts';
import { parseSiteConfig } from '../../src/content/site-config.ts';
import { tempDir } from '../helpers/build.ts';

const stat0: FileStat = { size: 120, mtimeMs: 1_000_000.25, ctimeMs: 1_000_000.25, ino: 7 };

describe('a story file known by its stat', () => {
  test('is settled only once its times are older than the settling margin before it was stat-ed', () => {
    assert.equal(settledStat(stat0, stat0.mtimeMs + SETTLE_MS + 1), stat0);
    assert.equal(settledStat(stat0, stat0.mtimeMs + 1), undefined, 'written in the tick it was stat-ed in: an edit of the same size could follow unseen');
    assert.equal(settledStat({ ...stat0, ctimeMs: stat0.mtimeMs + SETTLE_MS }, stat0.mtimeMs + SETTLE_MS + 1), undefined, 'mtime set back, ctime recent');
  });

  test('is unchanged only when size, both times and inode all match', () => {
    assert.ok(statUnchanged(stat0, { ...stat0 }));
    assert.ok(!statUnchanged(undefined, stat0), 'no stat kept: the file must be read');
    for (const change of [{ size: 121 }, { mtimeMs: stat0.mtimeMs + 0.001 }, { ctimeMs: stat0.ctimeMs + 0.001 }, { ino: 8 }]) {
      assert.ok(!statUnchanged(stat0, { ...stat0, ...change }), JSON.stringify(change));
    }
  });
});

describe('parsing through the cache, by stat', () => {
  let contentDir: string;
  let cacheDir: string;
  let reads: string[];
  let parses: string[];
  const FILES = ['stories/a.md', 'stories/b.md'];

  /** One build's load; `later` says how long after the files were written it runs. */
  const load = async (later: number): Promise<string[]> => {
    const files = FILES.map((relativePath) => ({
      file: { relativePath, displayPath: relativePath },
      stat: fileStatOf(statSync(path.join(contentDir, relativePath))),
    }));
    const results = await parseThroughCache(new PersistentStoryCache(cacheDir, contentDir), 'scope', {
      contentDir,
      files,
      statedAt: Date.now() + later,
      allFiles: FILES,
      parse: async (batch: StoryFile[]): Promise<NormalizeResult[]> =>
        batch.map((file) => {
          parses.push(file.relativePath);
          const text = readFileSync(path.join(contentDir, file.relativePath), 'utf8');
          return { story: undefined, problems: [{ severity: 'warning', file: file.displayPath, message: text }] };
        }),
      readText: (absolutePath) => {
        reads.push(path.relative(contentDir, absolutePath));
        return readFileSync(absolutePath, 'utf8');
      },
    });
    return results.map((result) => result.problems[0]?.message ?? '');
  };
  const SETTLED = SETTLE_MS + 1000;

  beforeEach(async () => {
    contentDir = await tempDir('stat-content');
    cacheDir = await tempDir('stat-cache');
    await mkdir(path.join(contentDir, 'stories'));
    await writeFile(path.join(contentDir, 'stories/a.md'), 'first text');
    await writeFile(path.join(contentDir, 'stories/b.md'), 'other text');
    reads = [];
    parses = [];
  });

  test('a file that cannot be read goes to the parser, which reports it, and is not cached', async () => {
    await load(SETTLED);
    await writeFile(path.join(contentDir, 'stories/a.md'), 'edited, then made unreadable');
    const original = readFileSync;
    reads = [];
    parses = [];
    const unreadable = async (): Promise<void> => {
      const files = FILES.map((relativePath) => ({ file: { relativePath, displayPath: relativePath }, stat: fileStatOf(statSync(path.join(contentDir, relativePath))) }));
      const results = await parseThroughCache(new PersistentStoryCache(cacheDir, contentDir), 'scope', {
        contentDir,
        files,
        statedAt: Date.now() + SETTLED,
        allFiles: FILES,
        parse: async (batch: StoryFile[]) => batch.map((file) => (parses.push(file.relativePath), { story: undefined, problems: [{ severity: 'error' as const, file: file.displayPath, message: 'cannot be read' }] })),
        readText: (absolutePath) => {
          if (absolutePath.endsWith('a.md')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
          return original(absolutePath, 'utf8');
        },
      });
      assert.equal(results[0]?.problems[0]?.message, 'cannot be read');
    };
    await unreadable();
    assert.deepEqual(parses, ['stories/a.md']);
    parses = [];
    await unreadable();
    assert.deepEqual(parses, ['stories/a.md'], 'the unreadable file was not cached as read');
  });

  test('a file not yet cached is read only by the parser, whose hash of it keys the cache', async () => {
    const hashingLoad = () =>
      parseThroughCache(new PersistentStoryCache(cacheDir, contentDir), 'scope', {
        contentDir,
        files: FILES.map((relativePath) => ({ file: { relativePath, displayPath: relativePath }, stat: fileStatOf(statSync(path.join(contentDir, relativePath))) })),
        statedAt: Date.now() + SETTLED,
        allFiles: FILES,
        parse: async (batch: StoryFile[]) =>
          batch.map((file) => {
            parses.push(file.relativePath);
            const text = readFileSync(path.join(contentDir, file.relativePath), 'utf8');
            return { story: undefined, problems: [{ severity: 'warning' as const, file: file.displayPath, message: text }], textHash: hashText(text) };
          }),
        readText: (absolutePath) => {
          reads.push(path.relative(contentDir, absolutePath));
          return readFileSync(absolutePath, 'utf8');
        },
      });
    const first = await hashingLoad();
    assert.deepEqual([reads, parses], [[], FILES], 'each file read once, by the parser');
    assert.deepEqual(Object.keys(first[0]!).sort(), ['problems', 'story'], 'the hash is the cache\'s, not part of the result');
    reads = [];
    parses = [];
    await hashingLoad();
    assert.deepEqual([reads, parses], [[], []], 'cached by the parser\'s hash and the stat');
    await writeFile(path.join(contentDir, 'stories/a.md'), 'edited text');
    await hashingLoad();
    assert.deepEqual([reads, parses], [['stories/a.md'], ['stories/a.md']], 'a cached file whose stat changed is read and hashed before it is parsed');
  });

  test('an untouched file whose stat is settled is taken from the cache without being read', async () => {
    assert.deepEqual(await load(SETTLED), ['first text', 'other text']);
    assert.deepEqual([reads, parses], [FILES, FILES]);
    reads = [];
    parses = [];
    assert.deepEqual(await load(SETTLED), ['first text', 'other text']);
    assert.deepEqual([reads, parses], [[], []]);
  });

  test('an edit of the same size, with the mtime set back, is read and parsed again', async () => {
    const file = path.join(contentDir, 'stories/a.md');
    const tick = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    await utimes(file, tick, tick);
    await load(SETTLED);
    reads = [];
    parses = [];
    await writeFile(file, 'final text');
    await utimes(file, tick, tick);
    assert.equal((await stat(file)).mtimeMs, tick.getTime());
    assert.deepEqual(await load(SETTLED), ['final text', 'other text']);
    assert.deepEqual([reads, parses], [['stories/a.md'], ['stories/a.md']]);
  });

  test('a file touched but not edited is read and hashed, not parsed, and then known by its new stat', async () => {
    await load(SETTLED);
    reads = [];
    parses = [];
    const file = path.join(contentDir, 'stories/b.md');
    await utimes(file, new Date(), new Date(Date.now() - 60_000));
    assert.deepEqual(await load(SETTLED), ['first text', 'other text']);
    assert.deepEqual([reads, parses], [['stories/b.md'], []]);
    reads = [];
    assert.deepEqual(await load(SETTLED), ['first text', 'other text']);
    assert.deepEqual(reads, []);
  });

  test('a file written in the tick the build stat-ed it in is read again on the next build, until it settles', async () => {
    await load(0);
    reads = [];
    parses = [];
    assert.deepEqual(await load(0), ['first text', 'other text']);
    assert.deepEqual([reads, parses], [FILES, []], 'read and hashed, not parsed');
    reads = [];
    await load(SETTLED);
    assert.deepEqual(reads, FILES);
    reads = [];
    await load(SETTLED);
    assert.deepEqual(reads, [], 'settled since: known by its stat');
  });
});

describe('a story file that cannot be read', () => {
  test('is one content error naming the file, not a crash, and is never cached', async () => {
    const config = parseSiteConfig({ url: 'https://x.example' });
    const file = { relativePath: 'stories/2026-11-24-gone.md', displayPath: 'content/stories/2026-11-24-gone.md' };
    const [result] = parseStoryFiles(await tempDir('unreadable'), [file], config);
    assert.equal(result?.story, undefined);
    assert.equal(result?.problems.length, 1);
    assert.equal(result?.problems[0]?.severity, 'error');
    assert.equal(result?.problems[0]?.file, 'content/stories/2026-11-24-gone.md');
    assert.match(result?.problems[0]?.message ?? '', /^cannot be read \(ENOENT\); check that the file exists and that the build may read it\.$/);
    assert.equal(result?.textHash, undefined, 'no hash: never cached');
  });

  test('a file that can be read is parsed with the hash of its text, as the cache hashes a file it reads', async () => {
    const contentDir = await tempDir('hashed');
    await mkdir(path.join(contentDir, 'stories'));
    const source = '---\ntitle: Hashed\ndate: 2026-11-24\n---\nText.\n';
    await writeFile(path.join(contentDir, 'stories/2026-11-24-hashed.md'), source);
    const file = { relativePath: 'stories/2026-11-24-hashed.md', displayPath: 'stories/2026-11-24-hashed.md' };
    const [result] = parseStoryFiles(contentDir, [file], parseSiteConfig({ url: 'https://x.example' }));
    assert.equal(result?.textHash, hashText(source));
  });
});

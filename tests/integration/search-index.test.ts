import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { PagefindPool } from '../../src/search/pagefind-pool.ts';
import { writeIndexParts } from '../../src/search/index-parts.ts';
import { SearchIndexCache } from '../../src/search/search-cache.ts';
import { buildSite as buildInProcess } from '../../src/site/build-site.ts';
import { buildSite, FIXTURE_NOW, fixtureCopy, readOutput, tempDir } from '../helpers/build.ts';
import { fragmentRecords } from '../helpers/pagefind-fragments.ts';

/** What a build in this process would have printed: its notes (the CLI's stdout lines) and its console warnings (stderr). */
interface BuildLog {
  stdout: string;
  stderr: string;
}

/**
 * The fixture's nine stories are indexed in parts of four (site.yml search.storiesPerIndex):
 * 2026-11 holds the two of Sunday Nov 22, before the newest week; the week of Monday Nov 23
 * is split in two, the newest part holding "A late vote ..." and the two before it.
 */
const PARTS = ['2026-11', 'week-of-2026-11-23.1', 'week-of-2026-11-23.2'];

/**
 * The URLs of a published part's records, read as Pagefind reads them: every fragment file
 * holds records, every word index gunzips, and pagefind-entry.json counts every record.
 */
async function recordUrls(partDir: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(path.join(partDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  for (const name of await readdir(path.join(partDir, 'index'))) gunzipSync(await readFile(path.join(partDir, 'index', name)));
  const fragments = await readdir(path.join(partDir, 'fragment'));
  const records = await Promise.all(fragments.map(async (name) => fragmentRecords(name, await readFile(path.join(partDir, 'fragment', name)))));
  const urls = records.flat().map((record) => record.url);
  assert.equal(urls.length, Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0));
  return urls.sort();
}

describe('search index in parts, reused from the build cache', () => {
  let contentDir: string;
  let cacheDir: string;
  /**
   * A build in this process, as the CLI's `--cache` build runs it: nothing here depends on
   * the CLI, whose search notes and warnings are the lines collected here (the --no-cache test
   * below runs the CLI itself).
   */
  const build = async (): Promise<{ outDir: string; result: BuildLog }> => {
    const outDir = path.join(await tempDir('out'), 'dist');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(`${args.join(' ')}\n`);
    try {
      const built = await buildInProcess({ contentDir, outDir, cacheDir, mode: 'production', now: Date.parse(FIXTURE_NOW) });
      return { outDir, result: { stdout: built.notes.map((note) => `${note}\n`).join(''), stderr: warnings.join('') } };
    } finally {
      console.warn = warn;
    }
  };
  const cacheEntries = async (): Promise<string[]> => (await readdir(await siteFolder())).sort();
  const siteFolder = async (): Promise<string> => {
    const [site] = await readdir(path.join(cacheDir, 'search'));
    return path.join(cacheDir, 'search', site ?? '');
  };
  /** The cache's file of a part. */
  const cachedPart = async (part: string): Promise<string> => {
    const entry = (await cacheEntries()).find((name) => name.startsWith(`${part}.`));
    assert.ok(entry, `${part} is cached`);
    return path.join(await siteFolder(), entry);
  };
  /** A cached part's files, restored into a folder of their own to be read. */
  const restoredPart = async (part: string): Promise<string> => {
    const entry = path.basename(await cachedPart(part));
    const keyAt = entry.lastIndexOf('.');
    const folder = path.join(await tempDir('restored-part'), part);
    assert.ok(await new SearchIndexCache(cacheDir, contentDir).restore(entry.slice(0, keyAt), entry.slice(keyAt + 1), folder), `${part} restores`);
    return folder;
  };
  let coldOutDir: string;
  const coldRecords = new Map<string, string[]>();
  /** Cuts the cached pack of the oldest part to half its length; returns a record of that part as the cold build published it. */
  const truncateCachedPart = async (): Promise<{ published: string; bytes: Buffer }> => {
    const pack = await cachedPart('2026-11');
    const [fragment = ''] = (await readdir(path.join(coldOutDir, 'pagefind/2026-11/fragment'))).sort();
    const published = path.join(coldOutDir, 'pagefind/2026-11/fragment', fragment);
    const bytes = await readFile(published);
    await truncate(pack, Math.floor(statSync(pack).size / 2));
    return { published, bytes };
  };

  before(async () => {
    contentDir = await fixtureCopy();
    cacheDir = await tempDir('cache');
  });

  test('a cold build indexes every part and the search page loads the newest, merging the others', async () => {
    const { outDir, result } = await build();
    coldOutDir = outDir;
    assert.match(result.stdout, /Search index: 9 stories in 3 parts\.\n/);
    for (const part of PARTS) {
      assert.ok(existsSync(path.join(outDir, 'pagefind', part, 'pagefind-entry.json')), `${part} is published`);
      coldRecords.set(part, await recordUrls(path.join(outDir, 'pagefind', part)));
    }
    assert.equal([...coldRecords.values()].flat().length, 9);
    const search = parse(await readOutput(outDir, 'search/index.html')).querySelector('#search');
    assert.equal(search?.getAttribute('data-bundle-path'), '/digest/pagefind/week-of-2026-11-23.2/');
    assert.deepEqual(search?.getAttribute('data-merge-bundles')?.trim().split(' '), ['/digest/pagefind/week-of-2026-11-23.1/', '/digest/pagefind/2026-11/']);
    assert.deepEqual((await cacheEntries()).map((entry) => entry.slice(0, entry.lastIndexOf('.'))), PARTS);
  });

  test("no file of a published part is the cache's file: damage to the cache leaves the site as it was", async () => {
    for (const part of PARTS) {
      assert.ok(statSync(await cachedPart(part)).isFile(), `${part} is cached as one file, apart from the site's`);
      assert.deepEqual(await recordUrls(await restoredPart(part)), coldRecords.get(part), `${part} restores the records published`);
    }
    const { published, bytes } = await truncateCachedPart();
    assert.deepEqual(await readFile(published), bytes);
  });

  test('a part whose cached file was truncated is indexed again, and the site gets it whole', async () => {
    await truncateCachedPart();
    const { outDir, result } = await build();
    assert.match(result.stdout, /Search index: 9 stories in 3 parts, 2 reused from the build cache\./);
    assert.match(result.stderr, /Search cache entry 2026-11 was damaged \(it has \d+ bytes, not \d+\) and is rebuilt\./);
    for (const part of PARTS) assert.deepEqual(await recordUrls(path.join(outDir, 'pagefind', part)), coldRecords.get(part), `${part} decodes`);
    assert.deepEqual(await recordUrls(await restoredPart('2026-11')), coldRecords.get('2026-11'), 'the cache holds the part whole again');
  });

  test('an unchanged archive reuses every part; an edit re-indexes only its own part', async () => {
    // A marker in each cached part shows which parts a build copied rather than indexed; it is
    // stored through the cache, so that the part's manifest lists it.
    const cache = new SearchIndexCache(cacheDir, contentDir);
    for (const entry of await cacheEntries()) {
      const keyAt = entry.lastIndexOf('.');
      const marked = await restoredPart(entry.slice(0, keyAt));
      await writeFile(path.join(marked, 'from-cache.txt'), entry);
      await cache.store(entry.slice(0, keyAt), entry.slice(keyAt + 1), marked);
    }
    const unchanged = await build();
    assert.match(unchanged.result.stdout, /Search index: 9 stories in 3 parts, 3 reused from the build cache\./);
    for (const part of PARTS) assert.ok(existsSync(path.join(unchanged.outDir, 'pagefind', part, 'from-cache.txt')), `${part} reused`);

    const story = path.join(contentDir, 'stories/2026-11-24-evening-vote.md');
    await writeFile(story, `${await readFile(story, 'utf8')}\nA correction was appended to this story.\n`);
    const edited = await build();
    assert.match(edited.result.stdout, /3 parts, 2 reused from the build cache\./);
    assert.ok(existsSync(path.join(edited.outDir, 'pagefind/2026-11/from-cache.txt')));
    assert.ok(existsSync(path.join(edited.outDir, 'pagefind/week-of-2026-11-23.1/from-cache.txt')));
    assert.ok(!existsSync(path.join(edited.outDir, 'pagefind/week-of-2026-11-23.2/from-cache.txt')), 'the edited part is indexed afresh');
    assert.equal((await cacheEntries()).length, 3, "the edited part's old index is pruned from the cache");
  });

  test('--no-cache indexes everything and leaves no cache behind', async () => {
    const noCache = await tempDir('no-cache');
    const { result } = await buildSite(contentDir, { extraArgs: ['--no-cache'], env: { DAYBOOK_CACHE: noCache } });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Search index: 9 stories in 3 parts\.\n/);
    assert.deepEqual(await readdir(noCache), []);
  });
});

describe('a part with more stories than fragment files', () => {
  test("bundles several stories' records in a file, and every record is still found", async () => {
    const siteDir = await tempDir('records');
    const partDir = path.join(await tempDir('part'), 'pagefind');
    const urls = ['/one/', '/two/', '/three/', '/four/', '/five/', '/six/'];
    for (const url of urls) {
      await mkdir(path.join(siteDir, url), { recursive: true });
      await writeFile(path.join(siteDir, url, 'index.html'), `<!doctype html><html lang="en"><head><title>${url}</title></head><body><main data-pagefind-body><h1>Story ${url}</h1><p>Text of ${url}</p></main></body></html>`);
    }
    const pool = new PagefindPool({ concurrency: () => 1, background: false, signal: undefined });
    try {
      assert.equal(await pool.index(siteDir, partDir, { pidFile: path.join(await tempDir('pid'), 'pid'), fragmentFiles: 2 }), urls.length);
    } finally {
      await pool.close();
    }
    assert.ok((await readdir(path.join(partDir, 'fragment'))).length < urls.length, 'records share fragment files');
    assert.deepEqual(await recordUrls(partDir), [...urls].sort());
  });

  test('tells when Pagefind starts on a part, so a build can plan its pages meanwhile; kept parts start nothing', async () => {
    const outputDir = await tempDir('parts-out');
    const record = (url: string) => ({ path: `${url}index.html`, html: `<html lang="en"><body><main data-pagefind-body><p>Story ${url}</p></main></body></html>` });
    const parts = [
      { id: 'kept', key: 'k1', size: 1, records: () => [record('/kept/')] },
      { id: 'new', key: 'k2', size: 1, records: () => [record('/new/')] },
    ];
    const events: string[] = [];
    const indexed = writeIndexParts({
      outputDir,
      parts,
      cacheDir: undefined,
      contentDir: outputDir,
      published: { kept: { key: 'k1' } },
      onPagefindStarted: () => events.push('started'),
    }).then((report) => events.push(`done: ${report.kept} kept`));
    await indexed;
    assert.deepEqual(events, ['started', 'done: 1 kept']);
    assert.ok(existsSync(path.join(outputDir, 'pagefind', 'new', 'pagefind-entry.json')));
  });
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serialize, setFlagsFromString } from 'node:v8';
import { DamagedStoryTexts, decodeShard, encodeShard, releaseWrittenTexts, type CacheShard, type EncodedShard } from '../../src/content/story-cache-file.ts';
import { collectGarbage } from '../../src/util/collect-garbage.ts';
import type { Story } from '../../src/content/story.ts';

const shard: CacheShard = { scope: 'scope', stories: { 'stories/a.md': { textHash: 'h', stat: undefined, result: { story: undefined, problems: [] } } } };

/** Decodes `files` as the cache reads them, counting the reads of the texts file. */
function decode(files: EncodedShard | { entries: Buffer; texts: Buffer | undefined }) {
  const reads = { count: 0 };
  const decoded = decodeShard(files.entries, {
    file: '2026-11.texts',
    read: () => {
      reads.count += 1;
      return files.texts;
    },
  });
  return { decoded, reads };
}

const world = { name: 'World', slug: 'world', url: '/sections/world/' };
const date = (day: string) => ({ iso: `${day}T09:30:00-05:00`, epochMs: Date.parse(`${day}T14:30:00Z`), day, hasTime: true, longDate: `Long ${day}`, shortDate: `Short ${day}`, time: '9:30 AM EST' });
/** A story with every field, most of them set, so that a field the format leaves out fails the round trip. */
const story = (title: string, html: string, pageHtml: string): Story => ({
  id: `stories/${title}`,
  fingerprint: `fingerprint of ${title}`,
  file: `content/stories/${title}.md`,
  slug: title,
  url: `/2026/11/20/${title}/`,
  title,
  section: { ...world },
  tags: [{ name: 'Trade', slug: 'trade', url: '/tags/trade/' }, { name: 'EU', slug: 'eu', url: '/tags/eu/' }],
  authors: ['Ana Ruiz'],
  byline: 'By Ana Ruiz',
  sources: [{ name: 'Reuters', url: 'https://www.reuters.com/' }],
  lead: title === 'root',
  draft: title === 'prefixed',
  published: date('2026-11-20'),
  updated: title === 'root' ? date('2026-11-21') : undefined,
  corrections: title === 'root' ? [{ date: date('2026-11-21'), label: 'Nov 21', text: 'An earlier version misspelled a name.' }] : [],
  image: title === 'prefixed' ? { src: '/images/a.jpg', alt: 'A map' } : undefined,
  html,
  imagesInText: title === 'prefixed' ? ['/images/a.jpg'] : [],
  rawHtml: title === 'prefixed',
  pageHtml,
  summary: `The summary of ${title}.`,
  summarySource: 'editor',
  dek: `The dek of ${title}.`,
  words: 120,
  readingMinutes: 1,
});
const stat = { size: 1, mtimeMs: 2.5, ctimeMs: 3.5, ino: 4 };
const stories = (): CacheShard['stories'] => ({
  'stories/root.md': { textHash: 'a', stat, result: { story: story('root', '<p>A “quote”</p>', '<p>A “quote”</p>'), problems: [] } },
  'stories/broken.md': { textHash: 'b', stat: undefined, result: { story: undefined, problems: [{ severity: 'error', file: 'b', message: 'm' }] } },
  'stories/warned.md': { textHash: 'w', stat: undefined, result: { story: story('warned', '<p>W</p>', '<p>W</p>'), problems: [{ severity: 'warning', file: 'w', field: 'title', line: 2, message: 'long' }] } },
  'stories/prefixed.md': { textHash: 'c', stat, result: { story: story('prefixed', '<img src="/a.jpg">', '<img src="/news/a.jpg">'), problems: [] } },
  'stories/empty.md': { textHash: 'd', stat, result: { story: story('empty', '', ''), problems: [] } },
  // Its id and file are not the ones its path gives, as every other story's are: stored as they are.
  'stories/renamed.md': { textHash: 'e', stat, result: { story: story('moved', '<p>M</p>', '<p>M</p>'), problems: [] } },
});

/** A shard with each story as a plain object of all its fields, those its prototype gives included (for...in lists them). */
function plain(decoded: ReturnType<typeof decodeShard>) {
  if (decoded.shard === undefined) return decoded;
  const stories: CacheShard['stories'] = {};
  for (const [relativePath, entry] of Object.entries(decoded.shard.stories)) {
    const story = entry.result.story;
    const copy: Record<string, unknown> = {};
    if (story !== undefined) for (const field in story) copy[field] = story[field as keyof Story];
    stories[relativePath] = { ...entry, result: { ...entry.result, story: story === undefined ? undefined : (copy as unknown as Story) } };
  }
  return { shard: { ...decoded.shard, stories } };
}

describe('story cache file format', () => {
  test('stories read from any shard have one shape, so that a loop over the archive reads their fields the fast way', () => {
    // A shape per shard, or per story, made every pass over 100,000 stories (issues, listings, the plan, sitemaps) several times slower.
    setFlagsFromString('--allow-natives-syntax');
    const sameShape = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
    const storiesOf = () => decode(encodeShard({ scope: 'scope', stories: stories() })).decoded.shard!.stories;
    const first = storiesOf();
    const second = storiesOf();
    const read = [first, second].flatMap((shard) => ['stories/root.md', 'stories/prefixed.md', 'stories/empty.md'].map((file) => shard[file]!.result.story!));
    for (const story of read.slice(1)) assert.ok(sameShape(read[0]!, story), story.title);
    assert.equal(read[0]!.html, '<p>A “quote”</p>');
  });

  test('a shard reads back as written', () => {
    assert.deepEqual(decode(encodeShard(shard)).decoded, { shard });
  });

  test('stories read back with their HTML and page HTML, the same string when the page prints it unchanged', () => {
    const written = stories();
    const { decoded } = decode(encodeShard({ scope: 'scope', stories: written }));
    assert.deepEqual(plain(decoded), { shard: { scope: 'scope', stories: written } });
    assert.ok(decoded.shard !== undefined);
    assert.deepEqual(Object.keys(decoded.shard.stories), Object.keys(written));
    const root = decoded.shard.stories['stories/root.md']?.result.story;
    assert.ok(root !== undefined && root.pageHtml === root.html);
    const prefixed = decoded.shard.stories['stories/prefixed.md']?.result.story;
    assert.equal(root.section, prefixed?.section, 'a section is one object for all its stories of the shard');
    assert.equal(root.tags[0], prefixed?.tags[0]);
    const { texts } = encodeShard({ scope: 'scope', stories: written });
    const html = Buffer.from('<p>A “quote”</p>', 'utf8');
    assert.equal(texts.indexOf(html), texts.lastIndexOf(html), 'an HTML the page prints unchanged is stored once');
  });

  test('stories released after a write read their texts from the file, and the written bytes are not kept', async () => {
    const written = stories();
    let encoded: EncodedShard | undefined = encodeShard({ scope: 'scope', stories: written });
    const bytes = new WeakRef(encoded.texts);
    const file = Buffer.from(encoded.texts);
    const parsed = written['stories/root.md']?.result.story;
    releaseWrittenTexts(encoded, { file: '2026-11.texts', read: () => Buffer.from(file) }, written);
    encoded = undefined;
    const released = written['stories/root.md']?.result.story;
    assert.notEqual(released, parsed, 'the parsed story was replaced in its result');
    assert.equal(Object.hasOwn(released!, 'summary'), false, 'the released story does not hold its summary');
    assert.equal(Object.hasOwn(released!, 'html'), false, 'nor its HTML');
    assert.equal(released?.title, 'root');
    // A WeakRef holds its target until the job that made it has ended.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    assert.equal(bytes.deref(), undefined, 'the encoded texts were collected');
    assert.equal(written['stories/root.md']?.result.story?.summary, 'The summary of root.');
    assert.equal(written['stories/prefixed.md']?.result.story?.pageHtml, '<img src="/news/a.jpg">');
  });

  test('a story\'s details are in the texts file, read with its HTML, not in the entries', () => {
    const encoded = encodeShard({ scope: 'scope', stories: stories() });
    assert.equal(encoded.entries.indexOf('The summary of root.'), -1, 'the entries hold no summary');
    assert.equal(encoded.entries.indexOf('Reuters'), -1, 'the entries hold no sources');
    assert.notEqual(encoded.entries.indexOf('The dek of root.'), -1, 'the entries hold the dek, which listings of many months print');
    const { decoded, reads } = decode(encoded);
    const root = decoded.shard?.stories['stories/root.md']?.result.story;
    assert.equal(root?.title, 'root');
    assert.equal(reads.count, 0);
    assert.equal(root?.summary, 'The summary of root.');
    assert.deepEqual(root?.sources, [{ name: 'Reuters', url: 'https://www.reuters.com/' }]);
    assert.equal(root?.byline, 'By Ana Ruiz');
    assert.equal(reads.count, 1);
    assert.equal(decoded.shard?.stories['stories/prefixed.md']?.result.story?.byline, 'By Ana Ruiz');
    assert.equal(reads.count, 1, 'one read for the whole shard');
  });

  test('the texts file is read only when a story\'s HTML is first used, and once for the whole shard', () => {
    const { decoded, reads } = decode(encodeShard({ scope: 'scope', stories: stories() }));
    const loaded = decoded.shard?.stories;
    assert.equal(loaded?.['stories/root.md']?.result.story?.title, 'root');
    assert.equal(reads.count, 0, 'entries alone: no text read');
    assert.equal(loaded?.['stories/prefixed.md']?.result.story?.pageHtml, '<img src="/news/a.jpg">');
    assert.equal(loaded?.['stories/root.md']?.result.story?.html, '<p>A “quote”</p>');
    assert.equal(reads.count, 1);
  });

  test('a texts file that is missing, damaged or of another write fails the first use of its HTML, naming the file', () => {
    const written = encodeShard({ scope: 'scope', stories: stories() });
    const other = encodeShard({ scope: 'scope', stories: { ...stories(), 'stories/root.md': { textHash: 'a', stat, result: { story: story('root', '<p>B</p>', '<p>B</p>'), problems: [] } } } });
    const flipped = Buffer.from(written.texts);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 0x01;
    for (const [label, texts] of [['missing', undefined], ['damaged', flipped], ['cut short', written.texts.subarray(0, 20)], ['of another write', other.texts]] as const) {
      const { decoded } = decode({ entries: written.entries, texts });
      const root = decoded.shard?.stories['stories/root.md']?.result.story;
      assert.equal(root?.title, 'root', `${label}: the entries still read`);
      assert.throws(() => root?.html, (error: unknown) => error instanceof DamagedStoryTexts && error.file === '2026-11.texts' && /2026-11\.texts is damaged/.test(error.message), label);
    }
  });

  test('any byte of the entries changed, or the file cut short, is damage', () => {
    const { entries } = encodeShard(shard);
    for (const at of [entries.length - 1, entries.indexOf('stories/a.md'), entries.indexOf('scope')]) {
      const edited = Buffer.from(entries);
      edited[at] = (edited[at] ?? 0) ^ 0x01;
      assert.deepEqual(decode({ entries: edited, texts: undefined }).decoded, { shard: undefined, damaged: true }, `byte ${at}`);
    }
    assert.deepEqual(decode({ entries: entries.subarray(0, entries.length - 1), texts: undefined }).decoded, { shard: undefined, damaged: true });
    assert.deepEqual(decode({ entries: entries.subarray(0, 20), texts: undefined }).decoded, { shard: undefined, damaged: true });
  });

  test("an earlier Daybook's file (bare v8, or an earlier format version) is not read, and not reported as damage", () => {
    assert.deepEqual(decode({ entries: serialize(shard), texts: undefined }).decoded, { shard: undefined, damaged: false });
    assert.deepEqual(decode({ entries: Buffer.alloc(0), texts: undefined }).decoded, { shard: undefined, damaged: false });
    const { entries } = encodeShard(shard);
    const earlier = Buffer.from(entries);
    earlier.writeUInt32BE(3, 'DAYBOOK-STORIES\0'.length);
    assert.deepEqual(decode({ entries: earlier, texts: undefined }).decoded, { shard: undefined, damaged: false });
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runNewStory } from '../../src/cli/new-story-command.ts';
import { loadContent } from '../../src/content/load.ts';
import { storyFileText } from '../../src/content/story-template.ts';

// 03:30 UTC on Dec 1 is still Nov 30 in New York: the file is named for the newsroom's day.
const NOW = Date.parse('2026-12-01T03:30:00Z');
const SITE_YML = 'url: https://daybook.example\ntimeZone: America/New_York\nsections: [World, Business]\n';

async function contentFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'daybook-new-'));
  await writeFile(path.join(dir, 'site.yml'), SITE_YML);
  return dir;
}

async function run(argv: string[], now = NOW): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runNewStory(argv, { now, out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

test('creates stories/<newsroom day>-<slug>.md, prints its path, and the loader publishes it without a warning', async (t) => {
  const dir = await contentFolder();
  t.after(() => rm(dir, { recursive: true, force: true }));
  const { code, out, err } = await run(['Fed holds rates: what’s “next”?', '--section', 'Business', '--content', dir]);
  assert.equal(code, 0, err.join('\n'));
  const file = path.join(dir, 'stories/2026-11-30-fed-holds-rates-whats-next.md');
  assert.equal(path.resolve(out[0] ?? ''), file);
  assert.deepEqual(err, []);

  const content = await loadContent({ contentDir: dir, mode: 'production', now: NOW });
  assert.deepEqual(content.problems, []);
  const [story] = content.stories;
  assert.equal(story?.title, 'Fed holds rates: what’s “next”?');
  assert.equal(story?.section.name, 'Business');
  assert.equal(story?.published.iso, '2026-11-30T22:30:00-05:00');
  assert.equal(story?.url, '/2026/11/30/fed-holds-rates-whats-next/');
  assert.equal(story?.draft, false);
});

test('--draft and --date make a draft dated that day, which only a preview build shows', async (t) => {
  const dir = await contentFolder();
  t.after(() => rm(dir, { recursive: true, force: true }));
  const { code } = await run(['Senate', 'vote', 'set', '--date', '2026-12-03T09:00', '--draft', '--content', dir]);
  assert.equal(code, 0);
  const text = await readFile(path.join(dir, 'stories/2026-12-03-senate-vote-set.md'), 'utf8');
  assert.match(text, /^date: 2026-12-03T09:00$/m);
  assert.match(text, /^draft: true\b/m);
  assert.equal((await loadContent({ contentDir: dir, mode: 'production', now: NOW })).stories.length, 0);
  const preview = await loadContent({ contentDir: dir, mode: 'development', now: NOW });
  assert.equal(preview.stories[0]?.published.iso, '2026-12-03T09:00:00-05:00');
  assert.deepEqual(preview.problems, []);
});

test('refuses to overwrite a story: exit 1, the file untouched, a message naming it', async (t) => {
  const dir = await contentFolder();
  t.after(() => rm(dir, { recursive: true, force: true }));
  assert.equal((await run(['Same headline', '--content', dir])).code, 0);
  const file = path.join(dir, 'stories/2026-11-30-same-headline.md');
  await writeFile(file, 'the editor’s work');
  const second = await run(['Same headline', '--content', dir]);
  assert.equal(second.code, 1);
  assert.deepEqual(second.out, []);
  assert.match(second.err.join('\n'), /2026-11-30-same-headline\.md already exists; nothing was written/);
  assert.equal(await readFile(file, 'utf8'), 'the editor’s work');
});

test('usage mistakes exit 2 with the usage and no stack trace', async (t) => {
  const dir = await contentFolder();
  t.after(() => rm(dir, { recursive: true, force: true }));
  for (const [argv, message] of [
    [['Headline', '--sectoin', 'World', '--content', dir], /Unknown option '--sectoin'/],
    [['Headline', '--date', '2026-11-31', '--content', dir], /--date "2026-11-31": it is not a real date/],
    [['Headline', '--date', 'tomorrow', '--content', dir], /--date "tomorrow": it is not an ISO date/],
    [['--content', dir], /give the headline/],
    [['!!!', '--content', dir], /no letters or digits/],
  ] as const) {
    const result = await run([...argv]);
    assert.equal(result.code, 2, argv.join(' '));
    const err = result.err.join('\n');
    assert.match(err, message);
    assert.match(err, /Usage: npm run new -- "Headline"/);
    assert.doesNotMatch(err, /\n\s+at /);
  }
});

test('an unknown --section is written as given, with the loader’s warning', async (t) => {
  const dir = await contentFolder();
  t.after(() => rm(dir, { recursive: true, force: true }));
  const { code, err } = await run(['Headline', '--section', 'Sports', '--content', dir]);
  assert.equal(code, 0);
  assert.match(err.join('\n'), /field "section": "Sports" is not one of the sections in site.yml/);
});

test('the file text comments every optional field of the editor contract', () => {
  const text = storyFileText({
    title: '- a "quoted" headline: #1',
    date: '2026-11-30',
    day: '2026-11-30',
    section: undefined,
    draft: false,
    sections: ['World'],
    defaultSection: 'News',
  });
  assert.match(text, /^title: "- a \\"quoted\\" headline: #1"$/m);
  for (const field of ['summary', 'section', 'author', 'lead', 'updated', 'image', 'imageAlt', 'corrections']) {
    assert.match(text, new RegExp(`^# ${field}:`, 'm'), field);
  }
});

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../../src/content/problems.ts';
import { buildSite as buildInProcess } from '../../src/site/build-site.ts';
import { FIXTURE_NOW, fixtureCopy, runCli, tempDir, type RunResult } from '../helpers/build.ts';

/** Every file of a folder with a hash of its bytes: equal snapshots mean nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((item) => item.isFile())) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    files[path.relative(dir, file)] = createHash('sha1').update(await readFile(file)).digest('hex');
  }
  return files;
}

let publishedDir = '';
let published: Record<string, string> = {};
let cacheDir = '';

/** A build in this process (no CLI start-up): the CLI's own handling is checked by the spawned tests below. */
const buildOptions = (contentDir: string, outDir: string) => ({ contentDir, outDir, cacheDir, mode: 'production' as const, now: Date.parse(FIXTURE_NOW) });

before(async () => {
  cacheDir = await tempDir('cache');
  publishedDir = path.join(await tempDir('out'), 'dist');
  await buildInProcess(buildOptions(await fixtureCopy(), publishedDir));
  published = await snapshot(publishedDir);
  assert.ok(Object.keys(published).length > 20);
});

/**
 * Builds a broken copy of the fixture over the already published site, in this process, and
 * returns the text the CLI prints for it (ContentError.message, see src/cli/report.ts).
 */
async function buildBroken(overrides: Record<string, string>): Promise<string> {
  const content = await fixtureCopy(overrides);
  try {
    await buildInProcess(buildOptions(content, publishedDir));
  } catch (error) {
    assert.ok(error instanceof ContentError, `expected a content error, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected the build to fail');
}

/** The same broken build run through the CLI, the way an editor meets it. */
async function buildBrokenWithCli(overrides: Record<string, string>): Promise<RunResult> {
  const content = await fixtureCopy(overrides);
  return runCli('build', ['--content', content, '--out', publishedDir, '--now', FIXTURE_NOW]);
}

async function assertNothingLost(): Promise<void> {
  assert.deepEqual(await snapshot(publishedDir), published, 'the published site changed');
  const leftovers = (await readdir(path.dirname(publishedDir))).filter((name) => name !== 'dist');
  assert.deepEqual(leftovers, [], 'a staging folder was left behind');
}

async function assertCliFailedWithoutLoss(result: RunResult): Promise<void> {
  assert.equal(result.code, 1, `expected the build to fail\n${result.stdout}${result.stderr}`);
  assert.match(result.stderr, /dist\/ is unchanged|is unchanged/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  await assertNothingLost();
}

const story = (frontMatter: string, body = 'Body text.') => `---\n${frontMatter}\n---\n${body}\n`;

describe('bad input is reported clearly and loses nothing', () => {
  test('the CLI prints the errors, says the site is unchanged and exits 1', async () => {
    const result = await buildBrokenWithCli({ 'stories/2026-11-24-no-title.md': story('date: 2026-11-24') });
    assert.match(result.stderr, /The content has 1 error; nothing was published\./);
    assert.match(result.stderr, /error: .*stories\/2026-11-24-no-title\.md: field "title": it is missing; expected the headline as text\./);
    await assertCliFailedWithoutLoss(result);
  });

  test('a missing required field names the file, the field and the fix', async () => {
    const message = await buildBroken({ 'stories/2026-11-24-no-title.md': story('date: 2026-11-24') });
    assert.match(message, /error: .*stories\/2026-11-24-no-title\.md: field "title": it is missing; expected the headline as text\./);
    await assertNothingLost();
  });

  test('all errors of all files are listed at once', async () => {
    const message = await buildBroken({
      'stories/2026-11-24-bad-date.md': story('title: A\ndate: 24/11/2026'),
      'stories/2026-11-24-bad-source.md': story('title: B\ndate: 2026-11-24\nsources:\n  - name: Reuters\n    url: reuters.com'),
      'stories/2026-11-24-bad-lead.md': story('title: C\ndate: 2026-11-24\nlead: yes'),
    });
    assert.match(message, /The content has 3 errors/);
    assert.match(message, /bad-date\.md: field "date": found "24\/11\/2026"; expected an ISO date like 2026-11-20/);
    assert.match(message, /bad-source\.md: field "sources\.0\.url": found "reuters\.com"; expected an absolute http\(s\) URL/);
    assert.match(message, /bad-lead\.md: field "lead": found "yes"; expected true or false/);
    await assertNothingLost();
  });

  test('malformed YAML names the file and the line', async () => {
    const message = await buildBroken({
      'stories/2026-11-24-colon.md': story('title: A\ndate: 2026-11-24\nsummary: Fed cuts: what next'),
    });
    assert.match(message, /error: .*stories\/2026-11-24-colon\.md:4: the YAML is malformed: .*quote values that contain a colon/);
    await assertNothingLost();
  });

  test('two stories at the same URL are an error naming both files', async () => {
    const message = await buildBroken({
      'stories/world/2026-11-22-harbor-talks.md': story('title: Another harbor story\ndate: 2026-11-22T12:00:00-05:00'),
    });
    assert.match(message, /stories\/2026-11-22-harbor-talks\.md and .*stories\/world\/2026-11-22-harbor-talks\.md would all be published at \/2026\/11\/22\/harbor-talks\//);
    await assertNothingLost();
  });

  test('two leads on one day are an error naming both files', async () => {
    const message = await buildBroken({
      'stories/2026-11-22-second-lead.md': story('title: Also the lead\ndate: 2026-11-22T09:00:00-05:00\nlead: true'),
    });
    assert.match(message, /field "lead": .*2026-11-22-harbor-talks\.md and .*2026-11-22-second-lead\.md are all marked lead: true for 2026-11-22/);
    await assertNothingLost();
  });

  test('an updated date before the story date is an error', async () => {
    const message = await buildBroken({
      'stories/2026-11-24-backwards.md': story('title: A\ndate: 2026-11-24T10:00:00-05:00\nupdated: 2026-11-23'),
    });
    assert.match(message, /backwards\.md: field "updated": found 2026-11-23, which is before the story's date/);
    await assertNothingLost();
  });

  test('a file without front matter is an error at line 1', async () => {
    const message = await buildBroken({ 'stories/2026-11-24-plain.md': 'Just a paragraph.\n' });
    assert.match(message, /stories\/2026-11-24-plain\.md:1: has no front matter/);
    await assertNothingLost();
  });

  test('a broken site.yml names the setting', async () => {
    const message = await buildBroken({ 'site.yml': 'url: https://fixture.example\ntimeZone: Eastern\n' });
    assert.match(message, /site\.yml: field "timeZone": found "Eastern"; expected an IANA time zone such as America\/New_York/);
    await assertNothingLost();
  });

  test('npm run check reports the same errors and writes nothing', async () => {
    const content = await fixtureCopy({ 'stories/2026-11-24-no-date.md': story('title: A') });
    const result = await runCli('check', ['--content', content]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no-date\.md: field "date": it is missing/);
    assert.deepEqual(await snapshot(publishedDir), published);
  });
});

describe('warnings do not stop the build', () => {
  test('an unknown field is named with a suggestion, and the site is built', async () => {
    const content = await fixtureCopy({
      'stories/2026-11-24-typo.md': story('title: Typo story\ndate: 2026-11-24T08:00:00-05:00\nsecton: World'),
    });
    const result = await runCli('check', ['--content', content, '--now', FIXTURE_NOW]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /warning: .*2026-11-24-typo\.md: field "secton": is not a Daybook field and is ignored\. Did you mean "section"\?/);
    assert.match(result.stdout, /Content is valid: 10 stories in 3 issues, 1 warning\./);
  });
});

test('a deleted story does not linger in the next build', async () => {
  const content = await fixtureCopy();
  const outDir = path.join(await tempDir('stale'), 'dist');
  await buildInProcess(buildOptions(content, outDir));
  assert.ok(existsSync(path.join(outDir, '2026/11/22/grain-prices/index.html')));
  await rm(path.join(content, 'stories/2026-11-22-grain-prices.md'));
  await buildInProcess(buildOptions(content, outDir));
  assert.ok(!existsSync(path.join(outDir, '2026/11/22/grain-prices')));
  assert.doesNotMatch(await readFile(path.join(outDir, 'tags/markets/index.html'), 'utf8'), /Grain prices/);
});

describe('an output folder the build would destroy is refused, and nothing is touched', () => {
  test('--out naming the content folder exits 2 and leaves every story in place', async () => {
    const content = await fixtureCopy({ 'stories/_idea.md': 'an unsaved idea' });
    const before = await snapshot(content);
    const result = await runCli('build', ['--content', content, '--out', content, '--now', FIXTURE_NOW]);
    assert.equal(result.code, 2, result.stdout + result.stderr);
    assert.match(result.stderr, /^Refusing to build into .*: it overlaps the content folder/m);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(await snapshot(content), before);
  });

  test('--out naming a folder of other files exits 2 and keeps them', async () => {
    const content = await fixtureCopy();
    const notes = await tempDir('notes');
    await writeFile(path.join(notes, 'draft.txt'), 'unsaved work');
    const result = await runCli('build', ['--content', content, '--out', notes, '--now', FIXTURE_NOW]);
    assert.equal(result.code, 2, result.stdout + result.stderr);
    assert.match(result.stderr, /no \.daybook-output file/);
    assert.deepEqual(await readdir(notes), ['draft.txt']);
  });
});

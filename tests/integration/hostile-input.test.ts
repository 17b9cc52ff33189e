import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lstat, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadContent, type LoadedContent } from '../../src/content/load.ts';
import { ContentError, formatProblem } from '../../src/content/problems.ts';
import { readOutput, runCli, tempDir } from '../helpers/build.ts';
import { buildSiteInProcess } from '../helpers/build-in-process.ts';
import { copyPlannedImages } from '../../src/site/image-step.ts';
import { storyEntry } from '../../src/feeds/entries.ts';
import { cliOptions, UsageError } from '../../src/cli/options.ts';

/**
 * Hostile and careless input, loaded in process (issue 12): each case gets one clear
 * message naming the file, and nothing it should not publish.
 */

const NOW = Date.parse('2026-11-24T20:00:00-05:00');
const SITE = 'url: https://hostile.example\n';

const story = (frontMatter: string, body = 'Body text.') => `---\n${frontMatter}\n---\n${body}\n`;
const ok = (title: string, extra = '', day = '2026-11-24') => story(`title: ${title}\ndate: ${day}T09:00:00-05:00${extra ? `\n${extra}` : ''}`);

/** A content folder holding these files (text or bytes), relative to it. */
async function contentWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = path.join(await tempDir('hostile'), 'content');
  for (const [relative, data] of Object.entries({ 'site.yml': SITE, ...files })) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), data);
  }
  return dir;
}

function load(contentDir: string, mode: 'production' | 'development' = 'production'): Promise<LoadedContent> {
  return loadContent({ contentDir, mode, now: NOW });
}

/** The problems of a load that must fail, as printed lines. */
async function failure(contentDir: string): Promise<string[]> {
  try {
    await load(contentDir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
  }
  assert.fail('expected the content to be refused');
}

function linesMatching(lines: readonly string[], pattern: RegExp): string[] {
  return lines.filter((line) => pattern.test(line));
}

describe('bytes and files (issue 12, item 9)', () => {
  test('only content/stories/ holds stories: Markdown elsewhere is not read', async () => {
    const content = await contentWith({
      'stories/2026-11-24-one.md': ok('One'),
      'images/CREDITS.md': '# Photo credits\n\nAll ours.\n',
      'notes.md': 'not a story',
    });
    const loaded = await load(content);
    assert.deepEqual(loaded.stories.map((item) => item.title), ['One']);
  });

  test('a story that is not UTF-8 is an error naming the file and line', async () => {
    // "Café" saved as Latin-1: the é is the single byte 0xE9.
    const bytes = Buffer.from(`---\ntitle: Caf\xe9 owners\ndate: 2026-11-24\n---\nBody.\n`, 'latin1');
    const lines = await failure(await contentWith({ 'stories/2026-11-24-cafe.md': bytes }));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^error: .*stories\/2026-11-24-cafe\.md:2: is not valid UTF-8 text .*save it as UTF-8/);
  });

  test('a UTF-16 story is named as such', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ok('Wide'), 'utf16le')]);
    const lines = await failure(await contentWith({ 'stories/2026-11-24-wide.md': bytes }));
    assert.match(lines[0]!, /2026-11-24-wide\.md:1: is saved as UTF-16; save it as UTF-8/);
  });
});

/** Nine levels of ten aliases each: a billion values from a dozen lines. */
function aliasBomb(): string {
  const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= 8; level += 1) {
    levels.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`);
  }
  return [...levels, 'summary: *a8'].join('\n');
}

describe('a YAML alias bomb (issue 12, item 6)', () => {
  test('a story gets one short error, at once', async () => {
    const started = performance.now();
    const lines = await failure(await contentWith({ 'stories/2026-11-24-bomb.md': story(`title: Bomb\ndate: 2026-11-24\n${aliasBomb()}`) }));
    assert.ok(performance.now() - started < 5000, 'took too long');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /2026-11-24-bomb\.md: the YAML expands to more than 10,000 values, counting each value an alias \(\*name\) repeats; .* without nested aliases\./);
    assert.ok(lines[0]!.length < 400);
  });

  test('site.yml gets one short error too', async () => {
    const lines = await failure(await contentWith({ 'site.yml': `${SITE}${aliasBomb().replace('summary', 'tagline')}\n` }));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /site\.yml: the YAML expands to more than 10,000 values/);
  });

  test('a long value is quoted in part, and a message has a bounded length', async () => {
    const long = 'x'.repeat(100_000);
    const lines = await failure(await contentWith({ 'stories/2026-11-24-long.md': story(`title: Long\ndate: "${long}"`) }));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /field "date": found "xxx+…; expected an ISO date/);
    assert.ok(lines[0]!.length < 400);
  });
});

describe('errors that are clear errors (issue 12, item 8)', () => {
  test('site.yml errors are listed together with every story error', async () => {
    const lines = await failure(
      await contentWith({
        'site.yml': 'url: https://hostile.example\ntimeZone: Eastern\n',
        'stories/2026-11-24-no-title.md': story('date: 2026-11-24'),
      }),
    );
    assert.equal(linesMatching(lines, /site\.yml: field "timeZone": found "Eastern"/).length, 1);
    assert.equal(linesMatching(lines, /2026-11-24-no-title\.md: field "title": it is missing/).length, 1);
  });

  test('a language that is not a BCP 47 tag is refused', async () => {
    const lines = await failure(await contentWith({ 'site.yml': `${SITE}language: 'en"><script>'\n` }));
    assert.match(lines[0]!, /site\.yml: field "language": found "en\\"><script>"; expected a BCP 47 language tag such as en/);
    const valid = await load(await contentWith({ 'site.yml': `${SITE}language: pt-BR\n` }));
    assert.equal(valid.config.language, 'pt-BR');
  });

  test('a content folder that does not exist is said to be missing', async () => {
    const missing = path.join(await tempDir('hostile'), 'no-such-content');
    const lines = await failure(missing);
    assert.deepEqual(lines.length, 1);
    assert.match(lines[0]!, /no-such-content: the content folder does not exist/);
    assert.throws(() => cliOptions(['--content', missing], { mode: 'production', outDir: 'dist' }), (error: unknown) => {
      assert.ok(error instanceof UsageError);
      assert.match(error.message, /the content folder .*no-such-content does not exist/);
      return true;
    });
  });

  test('a content folder without site.yml is told to create it', async () => {
    const content = await contentWith({ 'stories/2026-11-24-one.md': ok('One') });
    await rm(path.join(content, 'site.yml'));
    const lines = await failure(content);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /site\.yml: does not exist; create it with at least the site's address/);
  });

  test('--now that is not an ISO date-time, and an unknown flag, are usage errors', () => {
    const defaults = { mode: 'production', outDir: 'dist' } as const;
    assert.throws(() => cliOptions(['--now', 'yesterday'], defaults), /--now is "yesterday"; expected an ISO date or date-time/);
    assert.throws(() => cliOptions(['--nwo', '2026-11-24'], defaults), (error: unknown) => error instanceof UsageError && /--nwo/.test(error.message));
  });

  test('the command line prints the usage and exits with 2, without a stack trace', async () => {
    const result = await runCli('check', ['--now', 'yesterday']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /error: --now is "yesterday".*\nUsage: npm run check -- \[options\]/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  test('an unclosed comment or element in raw HTML is an error at its line', async () => {
    const body = 'First paragraph.\n\n<div class="chart">\n\nThe chart.\n\n<!-- note for the desk\n\nLast paragraph.';
    const lines = await failure(await contentWith({ 'stories/2026-11-24-open.md': story('title: Open\ndate: 2026-11-24', body) }));
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines[0]!, /2026-11-24-open\.md:7: raw HTML: "<div>" is never closed, .* add "<\/div>"/);
    assert.match(lines[1]!, /2026-11-24-open\.md:11: raw HTML: a comment "<!--" is never closed/);
  });

  test('balanced raw HTML around Markdown, void elements and optional end tags are fine', async () => {
    const body =
      '<div class="note">\n\n**Markdown** inside <span>a span</span>.<br>\n\n</div>\n\n<ul><li>one<li>two</ul>\n\n<!-- a closed comment -->\n\n' +
      '<script>document.write("<div>");</script>\n\n<svg viewBox="0 0 2 2"><path d="M0 0"/><circle r="1"></circle></svg>';
    const loaded = await load(await contentWith({ 'stories/2026-11-24-fine.md': story('title: Fine\ndate: 2026-11-24', body) }));
    assert.equal(loaded.stories.length, 1);
  });

  test('a stray end tag that would close the page\'s own element is an error', async () => {
    const lines = await failure(await contentWith({ 'stories/2026-11-24-stray.md': story('title: Stray\ndate: 2026-11-24', 'Text.\n\n</div></main>') }));
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /2026-11-24-stray\.md:7: raw HTML: "<\/div>" closes an element the story did not open/);
  });
});

describe('names outside ASCII, and names that slug alike (issue 12, item 5)', () => {
  test('non-Latin tags and sections get working URLs: transliterated, or Unicode', async () => {
    const loaded = await load(
      await contentWith({
        'stories/2026-11-24-moscow.md': ok('Moscow', 'section: Москва\ntags: [中文, Zürich, 한국어 뉴스]'),
        'stories/2026-11-24-中文.md': ok('Chinese file name'),
      }),
    );
    const [chinese, moscow] = loaded.stories.sort((a, b) => a.title.localeCompare(b.title));
    assert.equal(moscow!.section.url, '/sections/moskva/');
    assert.deepEqual(moscow!.tags.map((tag) => tag.url), ['/tags/中文/', '/tags/zuerich/', '/tags/한국어-뉴스/']);
    assert.equal(chinese!.url, '/2026/11/24/中文/');
  });

  test('a tag, section or file name without a letter or digit is an error naming the file and field', async () => {
    const lines = await failure(
      await contentWith({
        'stories/2026-11-24-fire.md': ok('Fire', 'section: "..."\ntags: ["🔥", ".."]'),
        'stories/2026-11-24-🔥.md': ok('Emoji file'),
      }),
    );
    assert.equal(linesMatching(lines, /2026-11-24-fire\.md: field "section": "\.\.\." has no letter or digit to make a URL from/).length, 1);
    assert.equal(linesMatching(lines, /2026-11-24-fire\.md: field "tags": the tag "🔥" has no letter or digit/).length, 1);
    assert.equal(linesMatching(lines, /2026-11-24-fire\.md: field "tags": the tag "\.\." has no letter or digit/).length, 1);
    assert.equal(linesMatching(lines, /2026-11-24-🔥\.md: the file name .* "🔥" has no letter or digit .* rename the file/).length, 1);
  });

  test('different names on one URL are an error naming both names and files', async () => {
    const lines = await failure(
      await contentWith({
        'stories/2026-11-24-c.md': ok('C', 'section: Politics\ntags: [C]'),
        'stories/2026-11-24-cpp.md': ok('C++', 'section: Politics!\ntags: [C++, c]'),
        'stories/2026-11-24-both.md': ok('Both', 'tags: [C, C#]'),
      }),
    );
    assert.equal(linesMatching(lines, /the sections "Politics" \(.*2026-11-24-c\.md\) and "Politics!" \(.*2026-11-24-cpp\.md\) would share one page, \/sections\/politics\//).length, 1);
    assert.equal(linesMatching(lines, /2026-11-24-both\.md: field "tags": the tags "C" \(.*both\.md\) and "C#" \(.*both\.md\) would share one page, \/tags\/c\//).length, 1);
    assert.equal(linesMatching(lines, /the tags "C" \(.*\) and "C\+\+" \(.*2026-11-24-cpp\.md\) would share one page/).length, 1);
  });

  test('names that differ only in case share their page, as before', async () => {
    const loaded = await load(await contentWith({ 'stories/2026-11-24-a.md': ok('A', 'tags: [Iran]'), 'stories/2026-11-24-b.md': ok('B', 'tags: [iran]') }));
    assert.equal(loaded.stories.length, 2);
  });

  test('a 400-character tag is an error, not a file system failure', async () => {
    const lines = await failure(await contentWith({ 'stories/2026-11-24-long-tag.md': ok('Long tag', `tags: [${'word '.repeat(80).trim()}]`) }));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /field "tags": the tag "word word .*gives a URL segment of 399 characters, over the limit of 80; shorten it\./);
  });

  test('a section in site.yml that gives no URL is refused there', async () => {
    const lines = await failure(await contentWith({ 'site.yml': `${SITE}sections: [World, "!!"]\n` }));
    assert.match(lines[0]!, /site\.yml: field "sections\.1": found "!!"; the section name has no letter or digit/);
  });
});

describe('scheduled stories follow the cross-story rules today (issue 12, item 7)', () => {
  test('two scheduled leads on one day fail the check now, not on their day', async () => {
    const content = await contentWith({
      'stories/2026-11-24-today.md': ok('Today'),
      'stories/2026-12-15-one.md': ok('One', 'lead: true', '2026-12-15'),
      'stories/2026-12-15-two.md': ok('Two', 'lead: true', '2026-12-15'),
    });
    const lines = await failure(content);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /field "lead": .*2026-12-15-one\.md and .*2026-12-15-two\.md are all marked lead: true for 2026-12-15/);
  });

  test('a scheduled story at a published story\'s URL, or with a clashing tag, fails now', async () => {
    const lines = await failure(
      await contentWith({
        'stories/2026-12-15-plan.md': ok('Plan', 'tags: [C++]', '2026-12-15'),
        'stories/later/2026-12-15-plan.md': ok('Plan again', '', '2026-12-15'),
        'stories/2026-11-24-now.md': ok('Now', 'tags: [C#]'),
      }),
    );
    assert.equal(linesMatching(lines, /would all be published at \/2026\/12\/15\/plan\//).length, 1);
    assert.equal(linesMatching(lines, /the tags "C#" .* and "C\+\+" .* would share one page/).length, 1);
  });

  test('drafts wait for an editor: two draft leads do not stop a build', async () => {
    const loaded = await load(
      await contentWith({
        'stories/2026-11-24-today.md': ok('Today'),
        'stories/2026-12-15-one.md': ok('One', 'lead: true\ndraft: true', '2026-12-15'),
        'stories/2026-12-15-two.md': ok('Two', 'lead: true\ndraft: true', '2026-12-15'),
      }),
    );
    assert.deepEqual(loaded.stories.map((item) => item.title), ['Today']);
  });
});

describe('raw HTML policy (issue 12, item 11)', () => {
  test('pages keep the editor\'s HTML; feed items carry nothing that runs, from raw HTML or from Markdown', async () => {
    const loaded = await load(
      await contentWith({
        'stories/2026-11-24-embed.md': ok('Embed').replace('Body text.', 'Chart:\n\n<div class="chart"><script src="https://charts.example/x.js"></script><img src="x" onerror="alert(1)" alt=""></div>'),
        'stories/2026-11-24-markdown.md': ok('Markdown').replace('Body text.', '[click](javascript:alert(1)) and <https://example.com/>'),
      }),
    );
    const [embed, markdownOnly] = ['Embed', 'Markdown'].map((title) => loaded.stories.find((item) => item.title === title)!);
    assert.equal(embed!.rawHtml, true);
    assert.equal(markdownOnly!.rawHtml, false);
    assert.match(embed!.pageHtml, /<script src="https:\/\/charts\.example\/x\.js"><\/script>/);
    for (const item of [embed!, markdownOnly!]) {
      assert.doesNotMatch(storyEntry(item, loaded.config).contentHtml, /<script|onerror=|href="javascript:/i, item.title);
    }
  });
});

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"/>';

describe('images: regular files only, and none before their story (issue 12, items 2 and 4)', () => {
  test('a link to a file or folder outside content/ is refused with file and reason, by check too', async () => {
    const content = await contentWith({ 'stories/2026-11-24-one.md': ok('One'), 'images/map.svg': SVG });
    await symlink('/etc/hostname', path.join(content, 'images/hostname.svg'));
    await symlink('/etc', path.join(content, 'images/etc'));
    const lines = await failure(content);
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines[0]!, /images\/etc: is a link to \/etc, outside content\/: publishing it would publish that file\. Copy the image itself/);
    assert.match(lines[1]!, /images\/hostname\.svg: is a link to \/etc\/hostname, outside content\//);
    const result = await runCli('check', ['--content', content, '--no-cache']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /images\/hostname\.svg: is a link to \/etc\/hostname, outside content\//);
  });

  test('a link to a file inside content/ is published as a copy of that file', async () => {
    const content = await contentWith({ 'stories/2026-11-24-one.md': ok('One', 'image: /images/alias.svg\nimageAlt: A map'), 'shared/map.svg': SVG });
    await mkdir(path.join(content, 'images'), { recursive: true });
    await symlink('../shared/map.svg', path.join(content, 'images/alias.svg'));
    const loaded = await load(content);
    assert.deepEqual(loaded.images.map((image) => [image.path, path.relative(content, image.source)]), [['alias.svg', 'shared/map.svg']]);
    const out = await tempDir('hostile-out');
    await copyPlannedImages(loaded.images, out);
    assert.ok((await lstat(path.join(out, 'images/alias.svg'))).isFile(), 'copied as a regular file, not a link');
  });

  test('an image used only by a scheduled story or a draft is held back with it; unused and published ones go out', async () => {
    const content = await contentWith({
      'stories/2026-11-24-today.md': ok('Today', 'image: /images/today.svg\nimageAlt: Today', '2026-11-24'),
      'stories/2026-11-24-draft.md': story('title: Draft\ndate: 2026-11-24\ndraft: true', '![Secret](/images/draft-only.svg)'),
      'stories/2026-12-15-later.md': story('title: Later\ndate: 2026-12-15', '<img src="/images/embargo.svg" alt="Embargoed"> and <img srcset="/images/embargo-2x.svg 2x" alt="">'),
      'stories/2026-12-16-shared.md': story('title: Shared later\ndate: 2026-12-16', '![Today too](/images/today.svg)'),
      'images/today.svg': SVG,
      'images/draft-only.svg': SVG,
      'images/embargo.svg': SVG,
      'images/embargo-2x.svg': SVG,
      'images/unused.svg': SVG,
      'images/CREDITS.md': 'Photo credits.',
    });
    assert.deepEqual((await load(content)).images.map((image) => image.path), ['today.svg', 'unused.svg']);
    assert.deepEqual((await load(content, 'development')).images.map((image) => image.path), ['draft-only.svg', 'embargo-2x.svg', 'embargo.svg', 'today.svg', 'unused.svg']);
  });
});

describe('image: is a file in content/images/ or an https URL (issue 12, item 9)', () => {
  test('a path outside /images/, a javascript: URL and a missing file are errors naming the field', async () => {
    const lines = await failure(
      await contentWith({
        'stories/2026-11-24-passwd.md': ok('Passwd', 'image: ../../etc/passwd\nimageAlt: x'),
        'stories/2026-11-24-dotdot.md': ok('Dots', 'image: /images/../../etc/passwd\nimageAlt: x'),
        'stories/2026-11-24-script.md': ok('Script', 'image: "javascript:alert(1)"\nimageAlt: x'),
        'stories/2026-11-24-missing.md': ok('Missing', 'image: /images/nowhere.jpg\nimageAlt: x'),
        'stories/2026-11-24-remote.md': ok('Remote', 'image: https://cdn.example/a.jpg\nimageAlt: x'),
      }),
    );
    assert.equal(lines.length, 4, lines.join('\n'));
    for (const name of ['passwd', 'dotdot', 'script']) {
      assert.equal(linesMatching(lines, new RegExp(`2026-11-24-${name}\\.md: field "image": found .*; expected a file in content/images/ written as /images/map\\.svg, or an https URL`)).length, 1, name);
    }
    assert.equal(linesMatching(lines, /2026-11-24-missing\.md: field "image": found \/images\/nowhere\.jpg, which is not a file in .*images\/; add the file there/).length, 1);
  });
});

test('a build publishes Unicode tag pages, and images as planned, as regular files', async () => {
  const content = await contentWith({
    'stories/2026-11-24-today.md': ok('Today', 'tags: [中文]\nimage: /images/today.svg\nimageAlt: Today'),
    'stories/2026-12-15-later.md': ok('Later', 'image: /images/embargo.svg\nimageAlt: Later', '2026-12-15'),
    'images/today.svg': SVG,
    'images/embargo.svg': SVG,
  });
  const built = await buildSiteInProcess(content, { noCache: true });
  assert.match(await readOutput(built.outDir, 'tags/中文/index.html'), /Today/);
  assert.deepEqual(await readdir(path.join(built.outDir, 'images')), ['today.svg']);
  assert.ok((await lstat(path.join(built.outDir, 'images/today.svg'))).isFile());
});

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { fixtureSite, repoRoot, tempDir } from '../helpers/build.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { htmlFiles } from '../helpers/files.ts';

/**
 * A link checker for a built site folder: every href/src that points into the site (a
 * site-relative path, a relative path, or an absolute URL under the site url) must resolve to
 * a file in the folder, and a #fragment to an element with that id on the target page.
 * The site is published at its url's path, so links carry that prefix ("/digest/...").
 */
interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const LINKING_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
];

/** The page's address as the browser sees it: "issues/index.html" → "/digest/issues/". */
function pagePath(relativeFile: string, sitePrefix: string): string {
  return sitePrefix + relativeFile.replace(/(^|\/)index\.html$/, '$1');
}

/** The file a site path is served from, or undefined when nothing would be served. */
function fileFor(outDir: string, sitePath: string): string | undefined {
  const candidate = path.join(outDir, decodeURIComponent(sitePath));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

async function checkLinks(outDir: string, siteUrl: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const site = new URL(`${siteUrl.replace(/\/+$/, '')}/`);
  const sitePrefix = site.pathname;
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = async (file: string): Promise<Set<string>> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const root = parse(await readFile(file, 'utf8'));
      ids = new Set(root.querySelectorAll('[id], a[name]').map((element) => element.getAttribute('id') ?? element.getAttribute('name') ?? ''));
      idsByFile.set(file, ids);
    }
    return ids;
  };

  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const relativeFile of await htmlFiles(outDir)) {
    if (relativeFile.startsWith('pagefind/')) continue;
    const here = new URL(pagePath(relativeFile, sitePrefix), site.origin);
    const root = parse(await readFile(path.join(outDir, relativeFile), 'utf8'));
    for (const [selector, attribute] of LINKING_ATTRIBUTES) {
      for (const element of root.querySelectorAll(selector)) {
        const link = element.getAttribute(attribute) ?? '';
        if (link === '' || /^(?:mailto|tel|data|javascript):/i.test(link)) continue;
        const target = new URL(link, here);
        if (target.origin !== site.origin) continue; // another site: not ours to check offline
        checked += 1;
        const report = (reason: string) => broken.push({ page: relativeFile, link, reason });
        if (!target.pathname.startsWith(sitePrefix)) {
          report(`leaves the site's path ${sitePrefix}`);
          continue;
        }
        const file = fileFor(outDir, target.pathname.slice(sitePrefix.length));
        if (!file) {
          report('no file is published there');
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith('.html') && !(await idsOf(file)).has(fragment)) report(`no element with id "${fragment}"`);
      }
    }
  }
  return { checked, broken };
}

const describeBroken = (broken: BrokenLink[]) => broken.map((b) => `${b.page}: ${b.link} (${b.reason})`).join('\n');

describe('every internal link of the built site resolves', () => {
  let sampleOut = '';
  let fixtureOut = '';
  before(async () => {
    const [sample, fixture] = await Promise.all([
      sharedBuild(path.join(repoRoot, 'content'), { now: '2026-11-25T06:00:00-05:00' }),
      sharedBuild(fixtureSite),
    ]);
    assert.equal(sample.result.code, 0, sample.result.stderr);
    assert.equal(fixture.result.code, 0, fixture.result.stderr);
    sampleOut = sample.outDir;
    fixtureOut = fixture.outDir;
  });

  test('the sample site, on every page, including images, scripts, anchors and email editions', async () => {
    const { checked, broken } = await checkLinks(sampleOut, 'https://daybook.example');
    assert.ok(checked > 500, `expected to follow hundreds of links, followed ${checked}`);
    assert.deepEqual(broken, [], describeBroken(broken));
  });

  test('the fixture site, published under a path (https://fixture.example/digest)', async () => {
    const { checked, broken } = await checkLinks(fixtureOut, 'https://fixture.example/digest');
    assert.ok(checked > 200, `followed ${checked}`);
    assert.deepEqual(broken, [], describeBroken(broken));
  });

  test('the checker itself reports a missing page, a missing anchor and a link outside the site path', async () => {
    const dir = await tempDir('links');
    await mkdir(path.join(dir, 'a'), { recursive: true });
    await writeFile(path.join(dir, 'a/index.html'), '<h2 id="here">Here</h2>');
    await writeFile(
      path.join(dir, 'index.html'),
      `<a href="/digest/a/">ok</a> <a href="a/#here">ok</a> <a href="https://x.example/digest/a/">ok</a>
       <a href="/digest/missing/">1</a> <a href="/digest/a/#gone">2</a> <a href="/a/">3</a> <img src="https://x.example/digest/nope.png" alt="">
       <a href="https://elsewhere.example/">ignored</a>`,
    );
    const { checked, broken } = await checkLinks(dir, 'https://x.example/digest');
    assert.equal(checked, 7);
    assert.deepEqual(
      broken.map((b) => `${b.link} ${b.reason}`),
      [
        '/digest/missing/ no file is published there',
        '/digest/a/#gone no element with id "gone"',
        "/a/ leaves the site's path /digest/",
        'https://x.example/digest/nope.png no file is published there',
      ],
    );
  });
});

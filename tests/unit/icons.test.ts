import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeIcons } from '../../src/icons/icons-step.ts';
import { rasterizeSquare } from '../../src/icons/rasterize.ts';
import { parseSiteConfig } from '../../src/content/site-config.ts';
import { ContentError } from '../../src/content/problems.ts';
import { pngSize } from '../helpers/png.ts';

const site = parseSiteConfig({ url: 'https://daybook.example', title: 'Daybook' });
const RED_SQUARE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#ff0000"/></svg>';

test('content/logo.svg is the favicon and the source of every PNG', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'daybook-icons-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(path.join(dir, 'logo.svg'), RED_SQUARE);
  await writeIcons(path.join(dir, 'out'), dir, site);
  assert.equal(await readFile(path.join(dir, 'out/favicon.svg'), 'utf8'), RED_SQUARE);
  assert.deepEqual(pngSize(await readFile(path.join(dir, 'out/apple-touch-icon.png'))), { width: 180, height: 180 });
  assert.match(await readFile(path.join(dir, 'out/site.webmanifest'), 'utf8'), /"src": "\/icons\/icon-512\.png"/);
});

test('a logo that is not square still gives square icons', async () => {
  const wide = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"><rect width="40" height="10" fill="#ff0000"/></svg>';
  assert.deepEqual(pngSize(await rasterizeSquare(wide, 64)), { width: 64, height: 64 });
});

test('a logo that is not SVG is a content error naming the file, and nothing is written', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'daybook-icons-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(path.join(dir, 'logo.svg'), 'GIF89a not an svg');
  await assert.rejects(writeIcons(path.join(dir, 'out'), dir, site), (error: unknown) => {
    assert.ok(error instanceof ContentError);
    assert.match(error.message, /logo\.svg: cannot be drawn as an SVG image .*; expected a square SVG/);
    return true;
  });
  await assert.rejects(readFile(path.join(dir, 'out/favicon.svg')));
});

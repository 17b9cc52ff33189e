import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inlinedTemplate } from '../../src/email/email-template.ts';

const template = '<html><head>{% include "layouts/email/email.css" %}</head><body><p class="lede">{{ issue.title }}</p></body></html>';
const css = '<style>.lede { color: #111; }</style>';

test('the inlined email template is kept in the build cache, used again, and made again when its file is damaged', async () => {
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'daybook-email-template-'));
  try {
    const first = inlinedTemplate(template, css, cacheDir);
    assert.match(first, /<p class="lede" style="color: #111;">/);
    const [name] = await readdir(path.join(cacheDir, 'email-template'));
    const file = path.join(cacheDir, 'email-template', name!);
    // A kept file with a good checksum is what the next build uses, without inlining again.
    const planted = '<p>planted</p>';
    await writeFile(file, `${createHash('sha256').update(planted).digest('hex')}\n${planted}`);
    assert.equal(inlinedTemplate(template, css, cacheDir), planted);
    // One that fails its checksum is made again and rewritten.
    await writeFile(file, `${createHash('sha256').update(planted).digest('hex')}\n<p>edited</p>`);
    assert.equal(inlinedTemplate(template, css, cacheDir), first);
    assert.ok((await readFile(file, 'utf8')).endsWith(first));
    assert.equal(inlinedTemplate(template, `${css} `, cacheDir) === planted, false, 'another stylesheet is another entry');
    // The new entry replaces the older one; a file the cache did not make stays.
    await writeFile(path.join(cacheDir, 'email-template', 'notes.txt'), 'mine');
    const names = await readdir(path.join(cacheDir, 'email-template'));
    assert.equal(names.length, 2);
    assert.ok(!names.includes(name!), 'the entry for the older stylesheet is removed');
    assert.ok(names.includes('notes.txt'));
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
});

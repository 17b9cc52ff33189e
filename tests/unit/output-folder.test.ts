import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertReplaceableOutputFolder, assertWritableOutputFolder, OUTPUT_MARKER, OutputFolderError } from '../../src/site/output-folder.ts';
import { tempDir } from '../helpers/build.ts';

/** A project folder as a clone has it: package.json, content/ and a cache. */
async function project(): Promise<{ root: string; content: string; cache: string; check: (outDir: string) => void }> {
  const root = await tempDir('project');
  const content = path.join(root, 'content');
  const cache = path.join(root, '.cache/daybook');
  await mkdir(path.join(content, 'stories'), { recursive: true });
  await mkdir(cache, { recursive: true });
  await writeFile(path.join(root, 'package.json'), '{}');
  const check = (outDir: string) => assertReplaceableOutputFolder(outDir, { contentDir: content, cacheDir: cache, projectDirs: [root] });
  return { root, content, cache, check };
}

const refused = (pattern: RegExp) => (error: unknown) => error instanceof OutputFolderError && pattern.test(error.message);

describe('the build refuses an output folder it would destroy', () => {
  test('the project itself, or any folder above it', async () => {
    const { root, check } = await project();
    assert.throws(() => check(root), refused(/holds the project/));
    assert.throws(() => check(path.dirname(root)), refused(/holds the project/));
  });

  test('the content folder, a folder inside it, or one above it', async () => {
    const { content, check } = await project();
    assert.throws(() => check(content), refused(/overlaps the content folder/));
    assert.throws(() => check(path.join(content, 'stories')), refused(/overlaps the content folder/));
    assert.throws(() => check(path.join(content, 'new-folder')), refused(/overlaps the content folder/));
  });

  test('the build cache', async () => {
    const { cache, check } = await project();
    assert.throws(() => check(cache), refused(/overlaps the build cache/));
    assert.throws(() => check(path.dirname(cache)), refused(/overlaps the build cache/));
  });

  test('a folder with files no Daybook build wrote', async () => {
    const { root, check } = await project();
    const notes = path.join(root, 'notes');
    await mkdir(notes);
    await writeFile(path.join(notes, 'draft.txt'), 'unsaved work');
    assert.throws(() => check(notes), refused(/no \.daybook-output file/));
  });

  test('a link, even to a folder a build wrote', async () => {
    const { root, check } = await project();
    const real = path.join(root, 'real-dist');
    await mkdir(real);
    await writeFile(path.join(real, OUTPUT_MARKER), '');
    await symlink(real, path.join(root, 'dist'));
    assert.throws(() => check(path.join(root, 'dist')), refused(/is a link/));
  });

  test('the same folders reached through a link are still recognised', async () => {
    const { root, check } = await project();
    const alias = path.join(await tempDir('alias'), 'to-project');
    await symlink(root, alias);
    assert.throws(() => check(path.join(alias, 'content')), refused(/overlaps the content folder/));
  });

  test('the message names the folder and the fix on one line', async () => {
    const { content, check } = await project();
    assert.throws(() => check(content), (error: unknown) => {
      assert.ok(error instanceof OutputFolderError);
      assert.match(error.message, /^Refusing to build into .*content\/: .* Choose another --out folder, such as dist\.$/);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
  });
});

describe('the build accepts a folder that is its own', () => {
  test('a folder that does not exist yet, an empty one, or a previous build', async () => {
    const { root, check } = await project();
    check(path.join(root, 'dist'));
    await mkdir(path.join(root, 'empty'));
    check(path.join(root, 'empty'));
    await mkdir(path.join(root, 'published'));
    await writeFile(path.join(root, 'published', OUTPUT_MARKER), '');
    await writeFile(path.join(root, 'published', 'index.html'), '<!doctype html>');
    check(path.join(root, 'published'));
  });
});

describe('the dev server refuses the same folders for its preview, but writes into one of its own files', () => {
  test('the project, the content and the cache are refused; a folder with other files is not', async () => {
    const { root, content, cache } = await project();
    const check = (outDir: string) => assertWritableOutputFolder(outDir, { contentDir: content, cacheDir: cache, projectDirs: [root] });
    assert.throws(() => check(root), refused(/holds the project.*such as \.dev\.$/));
    assert.throws(() => check(content), refused(/overlaps the content folder/));
    assert.throws(() => check(cache), refused(/overlaps the build cache/));
    await mkdir(path.join(root, '.dev'));
    await writeFile(path.join(root, '.dev', 'index.html'), 'an older preview, without a marker');
    check(path.join(root, '.dev'));
  });
});

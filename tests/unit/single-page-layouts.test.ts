import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SINGLE_PAGE_LAYOUTS } from '../../src/site/eleventy-plugin.ts';
import { repoRoot } from '../helpers/build.ts';

test('every layout that is not paginated over the archive is listed as a single page, so a sliced build writes it once', () => {
  const layouts = readdirSync(path.join(repoRoot, 'layouts')).filter((name) => name.endsWith('.njk'));
  const single = layouts.filter((name) => !/\bpagination:/.test(readFileSync(path.join(repoRoot, 'layouts', name), 'utf8'))).map((name) => `layouts/${name}`);
  assert.deepEqual([...single].sort(), [...SINGLE_PAGE_LAYOUTS].sort());
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byName, indexBy } from '../../src/transforms/taxonomies.ts';
import { selectPublished } from '../../src/transforms/publishing.ts';
import { slugOf, storySlugFromPath } from '../../src/transforms/slugs.ts';
import { makeStory } from '../helpers/stories.ts';

test('tag pages list each tag once with its stories in the given order', () => {
  const a = makeStory({ title: 'a', tagNames: ['Iran', 'white house'] });
  const b = makeStory({ title: 'b', tagNames: ['iran'] });
  const pages = indexBy([a, b], (story) => story.tags).sort(byName);
  assert.deepEqual(
    pages.map((page) => [page.taxon.slug, page.taxon.url, page.stories.map((story) => story.title)]),
    [
      ['iran', '/tags/iran/', ['a', 'b']],
      ['white-house', '/tags/white-house/', ['a']],
    ],
  );
});

test('production publishes neither drafts nor stories dated after now; development shows all', () => {
  const now = Date.parse('2026-11-24T20:00:00-05:00');
  const ready = makeStory({ title: 'ready', date: '2026-11-24T19:59:00-05:00' });
  const exactlyNow = makeStory({ title: 'now', date: '2026-11-24T20:00:00-05:00' });
  const draft = makeStory({ title: 'draft', draft: true });
  const scheduled = makeStory({ title: 'scheduled', date: '2026-11-24T20:01:00-05:00' });
  const all = [ready, exactlyNow, draft, scheduled];
  assert.deepEqual(selectPublished(all, 'production', now).map((story) => story.title), ['ready', 'now']);
  assert.equal(selectPublished(all, 'development', now).length, 4);
});

test('slugs come from the file name without its date prefix', () => {
  assert.equal(storySlugFromPath('stories/2026-11-20-us-troops-iran.md'), 'us-troops-iran');
  assert.equal(storySlugFromPath('stories/2026/Fed Cuts Rates.md'), 'fed-cuts-rates');
  assert.equal(storySlugFromPath('2026-11-20.md'), 'story');
  assert.equal(slugOf('Q&A: Why “net neutrality” is back'), 'q-and-a-why-net-neutrality-is-back');
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { planIndexParts } from '../../src/search/index-part-plan.ts';
import { indexPartKey } from '../../src/search/search-cache.ts';
import { searchRecordHtml, searchRecordPath } from '../../src/search/search-record.ts';
import { makeStory } from '../helpers/stories.ts';

/** `count` stories on the given day, one an hour from 01:00. */
function storiesOn(day: string, count: number, prefix = day) {
  return Array.from({ length: count }, (_, index) =>
    makeStory({ date: `${day}T${String(index + 1).padStart(2, '0')}:00:00-05:00`, slug: `${prefix}-${index}` }),
  );
}

const ids = (plans: ReturnType<typeof planIndexParts>) => plans.map((plan) => plan.id);

describe('planIndexParts', () => {
  test('packs whole months before the newest, oldest first, up to the size of a part; the newest week and the rest of its month are parts alone', () => {
    const stories = [...storiesOn('2026-01-10', 3), ...storiesOn('2026-02-10', 3), ...storiesOn('2026-03-10', 5), ...storiesOn('2026-04-01', 2), ...storiesOn('2026-04-10', 1)];
    const plans = planIndexParts(stories.reverse(), 6);
    // 2026-04-10 is a Friday: its week began on Monday 2026-04-06.
    assert.deepEqual(ids(plans), ['2026-01_2026-02', '2026-03', '2026-04', 'week-of-2026-04-06']);
    assert.deepEqual(plans.map((plan) => plan.stories.length), [6, 5, 2, 1]);
    const first = plans[0]?.stories.map((story) => story.published.day);
    assert.deepEqual(first, [...Array(3).fill('2026-01-10'), ...Array(3).fill('2026-02-10')], 'oldest story first');
  });

  test('splits a month larger than a part into numbered parts', () => {
    const plans = planIndexParts([...storiesOn('2026-05-02', 5), ...storiesOn('2026-06-02', 1)], 2);
    assert.deepEqual(ids(plans), ['2026-05.1', '2026-05.2', '2026-05.3', 'week-of-2026-06-01']);
    assert.deepEqual(plans.map((plan) => plan.stories.length), [2, 2, 1, 1]);
  });

  test("the day's new stories change only this week's part; when the week ends it joins its month's part", () => {
    const archive = [...storiesOn('2026-03-02', 2), ...storiesOn('2026-03-10', 2)];
    const before = planIndexParts(archive, 10);
    assert.deepEqual(ids(before), ['2026-03', 'week-of-2026-03-09']);
    const sameWeek = planIndexParts([...archive, ...storiesOn('2026-03-11', 1, 'new')], 10);
    assert.deepEqual(sameWeek[0], before[0], "the rest of the month's part is untouched");
    assert.equal(sameWeek[1]?.stories.length, 3);
    const nextWeek = planIndexParts([...archive, ...storiesOn('2026-03-11', 1, 'new'), ...storiesOn('2026-03-16', 1, 'monday')], 10);
    assert.deepEqual(ids(nextWeek), ['2026-03', 'week-of-2026-03-16']);
    assert.equal(nextWeek[0]?.stories.length, 5);
  });

  test("the day's new stories change only the current month's part: older parts keep their ids and stories", () => {
    const archive = [...storiesOn('2026-01-10', 2), ...storiesOn('2026-02-10', 2), ...storiesOn('2026-03-10', 2)];
    const before = planIndexParts(archive, 4);
    assert.deepEqual(ids(before), ['2026-01_2026-02', 'week-of-2026-03-09'], 'March would fit with February, but is the current month');
    const after = planIndexParts([...archive, ...storiesOn('2026-03-11', 1, 'new')], 4);
    assert.deepEqual(ids(after), ids(before));
    assert.deepEqual(after.slice(0, -1), before.slice(0, -1));
    assert.equal(after.at(-1)?.stories.length, 3);
  });

  test('when a new month begins, the finished month joins the packed months and the new one is a part alone', () => {
    const archive = [...storiesOn('2026-01-10', 2), ...storiesOn('2026-02-10', 1), ...storiesOn('2026-03-10', 1)];
    const plans = planIndexParts([...archive, ...storiesOn('2026-04-01', 1)], 4);
    assert.deepEqual(ids(plans), ['2026-01_2026-03', 'week-of-2026-03-30']);
    assert.deepEqual(plans.map((plan) => plan.stories.length), [4, 1]);
  });

  test('an archive with no stories has no parts', () => {
    assert.deepEqual(planIndexParts([], 10), []);
  });
});

describe('search records', () => {
  const story = makeStory({ title: 'Fed <script>alert(1)</script> cuts', slug: 'fed-cuts', summary: 'Rates & more.', byline: 'By Ana Ruiz', html: '<p>Body text.</p>' });

  test("a record is the story's headline, summary, byline and body, escaped, marked for indexing", () => {
    const html = searchRecordHtml(story, 'en');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<main data-pagefind-body><h1>Fed &lt;script&gt;alert\(1\)&lt;\/script&gt; cuts<\/h1>/);
    assert.match(html, /<p>Rates &amp; more\.<\/p><p>By Ana Ruiz · Tuesday, November 24, 2026<\/p><p>Body text\.<\/p><\/main>/);
    assert.doesNotMatch(html, /<script>/);
  });

  test('a summary the build extracted from the body is not indexed a second time', () => {
    const extracted = makeStory({ slug: 'extracted', summary: 'Rates rose again.', summarySource: 'extracted', html: '<p>Rates rose again. More text.</p>' });
    const html = searchRecordHtml(extracted, 'en');
    assert.equal(html.split('Rates rose again.').length - 1, 1, html);
    assert.match(html, /<\/h1><p>Tuesday, November 24, 2026<\/p><p>Rates rose again\. More text\.<\/p>/);
  });

  test("a record's path is the story's URL, so results link to the story page", () => {
    assert.equal(searchRecordPath(story), '2026/11/24/fed-cuts/index.html');
  });

  test("a part's key changes with any story's fingerprint or record path, or what makes records, and only then", () => {
    const stories = [{ path: 'a/index.html', fingerprint: 'fa' }, { path: 'b/index.html', fingerprint: 'fb' }];
    const key = indexPartKey('1.6.0\0en', stories);
    assert.equal(indexPartKey('1.6.0\0en', stories.map((story) => ({ ...story }))), key);
    assert.notEqual(indexPartKey('1.6.1\0en', stories), key);
    assert.notEqual(indexPartKey('1.6.0\0de', stories), key);
    assert.notEqual(indexPartKey('1.6.0\0en', [stories[0]!, { path: 'b/index.html', fingerprint: 'fb2' }]), key);
    assert.notEqual(indexPartKey('1.6.0\0en', [stories[0]!, { path: 'c/index.html', fingerprint: 'fb' }]), key);
    assert.notEqual(indexPartKey('1.6.0\0en', [{ path: 'a/index.htmlfa', fingerprint: '' }, stories[1]!]), key, 'fields cannot run together');
  });
});

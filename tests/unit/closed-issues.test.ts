import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closedIssues } from '../../src/feeds/closed-issues.ts';
import { issueEntry } from '../../src/feeds/entries.ts';
import { groupIntoIssues } from '../../src/transforms/issues.ts';
import { makeStory } from '../helpers/stories.ts';

const timeZone = 'America/New_York';
const at = (iso: string): number => Date.parse(iso);
const site = { url: 'https://x.example', author: 'The desk' };

const issues = groupIntoIssues(
  [
    makeStory({ title: 'monday first', date: '2026-11-23T07:00:00-05:00' }),
    makeStory({ title: 'monday late', date: '2026-11-23T21:00:00-05:00' }),
    makeStory({ title: 'tuesday first', date: '2026-11-24T06:30:00-05:00' }),
    makeStory({ title: 'tuesday noon', date: '2026-11-24T12:00:00-05:00' }),
  ],
  { timeZone, sectionOrder: [] },
);

test('without issueCloses, an issue closes when the first story of a later day is published, and is dated then', () => {
  const closed = closedIssues(issues, at('2026-11-24T15:00:00-05:00'), { timeZone });
  assert.deepEqual(closed.map(({ issue }) => issue.day), ['2026-11-23'], "today's issue is still open");
  assert.equal(closed[0]!.closedAt.iso, '2026-11-24T06:30:00-05:00');
});

test('with issueCloses, an issue closes at that newsroom time on its own day', () => {
  const before = closedIssues(issues, at('2026-11-24T17:59:00-05:00'), { timeZone, issueCloses: '18:00' });
  assert.deepEqual(before.map(({ issue }) => issue.day), ['2026-11-23']);
  assert.equal(before[0]!.closedAt.iso, '2026-11-23T18:00:00-05:00', 'the earlier of the close time and the next day’s first story');
  const after = closedIssues(issues, at('2026-11-24T18:00:00-05:00'), { timeZone, issueCloses: '18:00' });
  assert.deepEqual(after.map(({ issue }) => [issue.day, issue.stories.length]), [['2026-11-24', 2], ['2026-11-23', 2]]);
  assert.equal(after[0]!.closedAt.iso, '2026-11-24T18:00:00-05:00');
});

test('the close time is newsroom time, across a change of UTC offset', () => {
  const summer = groupIntoIssues([makeStory({ date: '2026-07-01T09:00:00-04:00' })], { timeZone, sectionOrder: [] });
  const [closed] = closedIssues(summer, at('2026-07-02T00:00:00Z'), { timeZone, issueCloses: '18:00' });
  assert.equal(closed!.closedAt.iso, '2026-07-01T18:00:00-04:00');
});

test('a closed issue is one feed item: dated at close, the same guid as it grows, every story in its content', () => {
  const [closed] = closedIssues(issues, at('2026-11-25T00:00:00-05:00'), { timeZone, issueCloses: '18:00' });
  const entry = issueEntry(closed!.issue, site, closed!.closedAt);
  assert.equal(entry.published.iso, '2026-11-24T18:00:00-05:00');
  assert.ok(entry.updated.epochMs >= entry.published.epochMs);
  for (const title of ['tuesday first', 'tuesday noon']) assert.ok(entry.contentHtml.includes(title), title);
  const partial = issueEntry(groupIntoIssues([issues[0]!.stories[0]!], { timeZone, sectionOrder: [] })[0]!, site);
  assert.equal(entry.id, partial.id, 'the guid names the issue, not its stories');
});

test('a limit takes the newest closed issues, as the whole list would begin', () => {
  const now = at('2026-11-24T18:00:00-05:00');
  const all = closedIssues(issues, now, { timeZone, issueCloses: '18:00' });
  assert.equal(all.length, 2);
  assert.deepEqual(closedIssues(issues, now, { timeZone, issueCloses: '18:00' }, 1), all.slice(0, 1));
  // The open issue is passed over, not counted.
  const beforeClose = at('2026-11-24T17:59:00-05:00');
  assert.deepEqual(closedIssues(issues, beforeClose, { timeZone, issueCloses: '18:00' }, 1).map(({ issue }) => issue.day), ['2026-11-23']);
});

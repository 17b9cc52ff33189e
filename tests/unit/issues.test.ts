import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupIntoIssues } from '../../src/transforms/issues.ts';
import { makeStory } from '../helpers/stories.ts';

const options = { timeZone: 'America/New_York', sectionOrder: ['World', 'Politics', 'Business'] };

test('stories are grouped by newsroom day, newest issue first, numbered from the first day', () => {
  const issues = groupIntoIssues(
    [
      makeStory({ title: 'a', date: '2026-11-22T10:00:00-05:00' }),
      makeStory({ title: 'b', date: '2026-11-24T10:00:00-05:00' }),
      makeStory({ title: 'c', date: '2026-11-25T02:00:00Z' }),
    ],
    options,
  );
  assert.deepEqual(issues.map((issue) => [issue.day, issue.number, issue.stories.length]), [
    ['2026-11-24', 2, 2],
    ['2026-11-22', 1, 1],
  ]);
  assert.equal(issues[0]!.url, '/issues/2026-11-24/');
});

test('the lead comes first, then sections in the configured order, unknown sections last', () => {
  const [issue] = groupIntoIssues(
    [
      makeStory({ title: 'media', sectionName: 'Media', date: '2026-11-24T12:00:00-05:00' }),
      makeStory({ title: 'business', sectionName: 'Business', date: '2026-11-24T11:00:00-05:00' }),
      makeStory({ title: 'world', sectionName: 'World', date: '2026-11-24T10:00:00-05:00' }),
      makeStory({ title: 'lead', sectionName: 'Business', date: '2026-11-24T08:00:00-05:00', lead: true }),
      makeStory({ title: 'arts', sectionName: 'Arts', date: '2026-11-24T09:00:00-05:00' }),
    ],
    options,
  );
  assert.equal(issue!.lead.title, 'lead');
  assert.deepEqual(issue!.sections.map((group) => group.section.name), ['World', 'Business', 'Arts', 'Media']);
  assert.deepEqual(issue!.stories.map((story) => story.title), ['lead', 'world', 'business', 'arts', 'media']);
});

test('within a section the newest story comes first', () => {
  const [issue] = groupIntoIssues(
    [
      makeStory({ title: 'early', date: '2026-11-24T08:00:00-05:00', lead: true, sectionName: 'Politics' }),
      makeStory({ title: 'morning', date: '2026-11-24T09:00:00-05:00' }),
      makeStory({ title: 'evening', date: '2026-11-24T19:00:00-05:00' }),
    ],
    options,
  );
  assert.deepEqual(issue!.sections[0]!.stories.map((story) => story.title), ['evening', 'morning']);
});

test('without an editor-marked lead, the newest story of the first section leads', () => {
  const [issue] = groupIntoIssues(
    [
      makeStory({ title: 'business', sectionName: 'Business', date: '2026-11-24T11:00:00-05:00' }),
      makeStory({ title: 'old world', sectionName: 'World', date: '2026-11-24T07:00:00-05:00' }),
      makeStory({ title: 'new world', sectionName: 'World', date: '2026-11-24T10:00:00-05:00' }),
    ],
    options,
  );
  assert.equal(issue!.lead.title, 'new world');
  assert.equal(issue!.stories.length, 3);
});

test('issues link to the previous and next issue', () => {
  const issues = groupIntoIssues(
    ['2026-11-20', '2026-11-22', '2026-11-23'].map((date) => makeStory({ title: date, date })),
    options,
  );
  const [newest, middle, oldest] = issues;
  assert.equal(newest!.next, undefined);
  assert.equal(newest!.previous?.url, '/issues/2026-11-22/');
  assert.equal(middle!.previous?.url, '/issues/2026-11-20/');
  assert.equal(middle!.next?.url, '/issues/2026-11-23/');
  assert.equal(oldest!.previous, undefined);
});

test('no stories, no issues', () => {
  assert.deepEqual(groupIntoIssues([], options), []);
});

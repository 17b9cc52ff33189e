import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSiteConfig } from '../../src/content/site-config.ts';
import { buildSiteModel, type SiteModel } from '../../src/site/model.ts';
import { planArchivePages } from '../../src/site/page-plan.ts';
import { outputFileOf } from '../../src/routes/routes.ts';
import type { DailyIssue } from '../../src/transforms/issues.ts';
import type { ListingPage } from '../../src/transforms/listing-pages.ts';
import { makeStory } from '../helpers/stories.ts';

const config = parseSiteConfig({ url: 'https://x.example', title: 'X', listing: { storiesPerPage: 2 } });
const stories = [
  makeStory({ slug: 'c', title: 'c', date: '2026-11-25T10:00:00-05:00', sectionName: 'World', tagNames: ['Iran'] }),
  makeStory({ slug: 'b', title: 'b', date: '2026-11-24T11:00:00-05:00', sectionName: 'World', tagNames: ['Iran'] }),
  makeStory({ slug: 'a', title: 'a', date: '2026-11-24T10:00:00-05:00', sectionName: 'Business', tagNames: ['Iran'] }),
  makeStory({ slug: 'z', title: 'z', date: '2026-11-23T10:00:00-05:00', sectionName: 'World', tagNames: ['Iran'] }),
];
const model = buildSiteModel({ config, stories, problems: [], images: [] }, 'production', Date.parse('2026-12-31T00:00:00Z'));

/** The fingerprint of the one page of `route` in a model holding only that page. */
function fingerprintOf(route: 'issues' | 'tagListings', item: DailyIssue | ListingPage): string {
  const only: SiteModel = { ...model, stories: [], issues: [], tags: [], sections: [], tagListings: [], sectionListings: [], [route]: [item] };
  return [...planArchivePages(only).values()][0]!.fingerprint;
}

test('an issue\'s fingerprint changes with every field the issue page shows', () => {
  const issue = model.issues[1]!;
  assert.equal(issue.stories.length, 2);
  const before = fingerprintOf('issues', issue);
  const [first, second] = issue.stories as [typeof issue.lead, typeof issue.lead];
  const changes: Partial<DailyIssue>[] = [
    { day: '2026-11-22' },
    { number: 9 },
    { url: '/issues/other/' },
    { date: { ...issue.date, longDate: 'Another day' } },
    { lead: second },
    { sections: [] },
    { sections: issue.sections.map((group) => ({ ...group, section: { ...group.section, url: '/sections/elsewhere/' } })) },
    { stories: [second, first] },
    { previous: { ...issue.previous!, date: { ...issue.previous!.date, iso: '2026-11-23T00:00:00-04:00' } } },
    { next: undefined },
  ];
  for (const change of changes) assert.notEqual(fingerprintOf('issues', { ...issue, ...change }), before, JSON.stringify(Object.keys(change)));
  assert.equal(fingerprintOf('issues', { ...issue }), before, 'the same fields, the same fingerprint');
});

test('a listing page\'s fingerprint changes with every field the page shows', () => {
  const page = model.tagListings[0]!;
  const before = fingerprintOf('tagListings', page);
  const changes: Partial<ListingPage>[] = [
    { taxon: { ...page.taxon, name: 'Tehran' } },
    { number: 7 },
    { url: '/tags/iran/page/9/' },
    { previousUrl: '/tags/iran/page/3/' },
    { nextUrl: undefined },
    { position: 'Page 3' },
    { heading: 'Another heading' },
    { stories: [...page.stories].reverse() },
    { totalStories: 99 },
  ];
  for (const change of changes) assert.notEqual(fingerprintOf('tagListings', { ...page, ...change }), before, JSON.stringify(Object.keys(change)));
  assert.equal(fingerprintOf('tagListings', { ...page }), before);
});

test('a Draft or Scheduled label changes the fingerprint of every page that shows it', () => {
  const story = model.stories[0]!;
  const labelled: SiteModel = { ...model, previewLabels: { [story.id]: 'Draft' } };
  const before = planArchivePages(model);
  const after = planArchivePages(labelled);
  const changed = [...after].filter(([file, page]) => before.get(file)?.fingerprint !== page.fingerprint).map(([file]) => file);
  // The story's page, its issue, and the first pages of its section and tag listings.
  assert.deepEqual(changed.sort(), [`${story.url.slice(1)}index.html`, `${model.issues[0]!.url.slice(1)}index.html`, 'sections/world/index.html', 'tags/iran/index.html'].sort());
});

test('a story page\'s fingerprint changes with the story, its issue, and which card it shows, and with nothing else', () => {
  const story = model.stories[3]!;
  const fingerprintIn = (variant: SiteModel): string => planArchivePages(variant).get(outputFileOf(story.url))!.fingerprint;
  const before = fingerprintIn(model);
  const link = model.issueOfStory[story.id]!;
  const variants: Record<string, SiteModel> = {
    'the story': { ...model, stories: model.stories.map((each) => (each === story ? { ...each, fingerprint: 'another' } : each)) },
    'its issue\'s number': { ...model, issueOfStory: { ...model.issueOfStory, [story.id]: { ...link, number: link.number + 1 } } },
    'its issue\'s date': { ...model, issueOfStory: { ...model.issueOfStory, [story.id]: { ...link, date: { ...link.date, iso: '2026-11-23T00:00:00-04:00' } } } },
    // The "In the issue of" link prints the date as written, which can change with the same instant (another locale).
    'its issue\'s date as written': { ...model, issueOfStory: { ...model.issueOfStory, [story.id]: { ...link, date: { ...link.date, longDate: 'Another day' } } } },
    'its issue\'s address': { ...model, issueOfStory: { ...model.issueOfStory, [story.id]: { ...link, url: '/issues/other/' } } },
    // Three issues have their own cards by default, so the oldest story's is its own until only the newest issue's are.
    'its card': { ...model, site: { ...model.site, socialCards: { ...model.site.socialCards, recentIssues: 1 } } },
  };
  for (const [change, variant] of Object.entries(variants)) assert.notEqual(fingerprintIn(variant), before, change);
  const unrelated = { ...model, stories: model.stories.map((each) => (each === model.stories[0] ? { ...each, fingerprint: 'another' } : each)) };
  assert.equal(fingerprintIn(unrelated), before, 'another story changed');
});

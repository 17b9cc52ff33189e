import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripBoilerplate } from '../../src/transforms/summary/index.ts';

const STORY = 'The council approved the budget on Tuesday after a long debate.';
const LATER = 'Officials said the plan would take effect in July next year.';

function keeps(noise: string): string[] {
  return stripBoilerplate([STORY, noise, LATER]);
}

const dropped: Array<[string, string]> = [
  ['byline', 'By Jane Doe'],
  ['byline with agency', 'By Jane Doe and John Roe, Reuters'],
  ['byline in caps', 'By JANE DOE, Associated Press'],
  ['related line', 'Related: Riverton bus riders describe hour-long waits'],
  ['read more line', 'Read more: Why the moon’s south pole matters'],
  ['read more bare', 'READ MORE'],
  ['photo credit', 'Photo: Commuters wait for a bus on Main Street. / Getty Images'],
  ['AP photo credit', '(AP Photo/Lisa Grant)'],
  ['tweet embed', 'Liftoff! pic.twitter.com/abc123 — Halcyon Space (@HalcyonSpace) November 19, 2026'],
  ['instagram embed', 'A post shared by Whitcombe Museum (@whitcombemuseum) on Nov 21, 2026'],
  ['sign up', 'Sign up for our Business Briefing newsletter to get the day’s top stories.'],
  ['click here', 'Click here to donate to the relief fund.'],
  ['follow us', 'Follow us on Instagram for more photos.'],
  ['follow a desk', 'Follow Daybook Sports on X for live coverage of every match.'],
  ['update notice', 'This story has been updated with the final vote count.'],
  ['copyright', 'Copyright 2026 Daybook Media. All rights reserved.'],
  ['copyright sign', '© 2026 Daybook Media'],
  ['heading fragment', 'What happens next'],
];

for (const [kind, noise] of dropped) {
  test(`stripBoilerplate drops a ${kind}`, () => {
    assert.deepEqual(keeps(noise), [STORY, LATER]);
  });
}

const keptProse: string[] = [
  'By Tuesday, the two sides had agreed to keep talking about the contract.',
  'By the end of the day, more than 1,400 flights had been canceled.',
  'The newsletter industry has grown quickly, and publishers said readers signed up in record numbers this year.',
  'Related companies in the region also reported losses, analysts said on Monday.',
];

for (const prose of keptProse) {
  test(`stripBoilerplate keeps story prose: ${prose.slice(0, 30)}`, () => {
    assert.deepEqual(keeps(prose), [STORY, prose, LATER]);
  });
}

test('a trailing "New: … Subscribe now!" promo block is dropped whole', () => {
  const paragraphs = [STORY, LATER, 'New: The Daily One-Sheet "Briefing of Briefings"', 'Your daily digest of what everyone is saying. Subscribe now!'];
  assert.deepEqual(stripBoilerplate(paragraphs), [STORY, LATER]);
});

test('datelines are stripped from the first paragraph and the sentence kept', () => {
  const datelines: Array<[string, string]> = [
    ['WASHINGTON (AP) — The House passed the bill.', 'The House passed the bill.'],
    ['NEW YORK — Two chains agreed to merge.', 'Two chains agreed to merge.'],
    ['MILLBROOK, Pa. — Regulators ordered a cleanup.', 'Regulators ordered a cleanup.'],
    ['LONDON, Jan. 5 (Reuters) - Shares fell on Monday.', 'Shares fell on Monday.'],
    ['SAN JUAN, Puerto Rico (AP) — Power returned.', 'Power returned.'],
    ['(CNN) — A storm hit the coast.', 'A storm hit the coast.'],
    ['Riverton (AP) — The council voted.', 'The council voted.'],
    // Scraped wire copy glues the credit to the first word.
    ['(CNN)A storm hit the coast.', 'A storm hit the coast.'],
    ['Lakeport (CNN)The ferry resumed service.', 'The ferry resumed service.'],
    ['(Daybook Wire)Two chains agreed to merge.', 'Two chains agreed to merge.'],
  ];
  for (const [withDateline, sentence] of datelines) {
    assert.deepEqual(stripBoilerplate([withDateline, LATER]), [sentence, LATER], withDateline);
  }
});

test('a dateline after a dropped byline is still stripped, and only the first paragraph loses one', () => {
  const laterDash = 'NATO — the alliance — met again on Friday to discuss the plan.';
  assert.deepEqual(
    stripBoilerplate(['By Kevin Albright', 'WASHINGTON (AP) — The House passed the bill.', laterDash]),
    ['The House passed the bill.', laterDash],
  );
});

test('an opening sentence that merely starts with a capitalised word is not a dateline', () => {
  const opening = 'NASA said on Thursday that the launch would slip by a week.';
  assert.deepEqual(stripBoilerplate([opening]), [opening]);
});

test('inline photo credits and pic.twitter.com links are removed from story paragraphs', () => {
  assert.deepEqual(
    stripBoilerplate(['The lander touched down on Thursday. (AP Photo/Evan Vucci)', 'Engineers in Houston cheered the landing. pic.twitter.com/xyz789']),
    ['The lander touched down on Thursday.', 'Engineers in Houston cheered the landing.'],
  );
});

test('a review\'s publisher-and-price box before its first sentence is removed, a price in a sentence kept', () => {
  assert.deepEqual(
    stripBoilerplate(['(Robinson £9.99) For years I had thought it was Vera Lynn they planned to broadcast.', 'Tickets cost (£12.50) at the door, and (from $20) online.']),
    ['For years I had thought it was Vera Lynn they planned to broadcast.', 'Tickets cost (£12.50) at the door, and (from $20) online.'],
  );
});

test('a line break after a colon, scraped as " . ", is closed up, and the colon kept', () => {
  assert.deepEqual(
    stripBoilerplate(['In 1796 Washington called for the creation of: . “a National University; and also a Military Academy.”']),
    ['In 1796 Washington called for the creation of: “a National University; and also a Military Academy.”'],
  );
  assert.deepEqual(stripBoilerplate(['The score: 3. The crowd: 40,000.']), ['The score: 3. The crowd: 40,000.']);
});

test('a flattened "By . Name . PUBLISHED: … ." credit block is stripped from the opening paragraph', () => {
  const credits: Array<[string, string]> = [
    ['By . Staff Reporter . PUBLISHED: . 09:15 EST, 4 March 2019 . | . UPDATED: . 10:02 EST, 4 March 2019 . A ferry ran aground off the cape.', 'A ferry ran aground off the cape.'],
    ['By . Mina Ortez and . Paul Greer . PUBLISHED: . 21:40 EST, 9 May 2018 . The harbour reopened on Friday.', 'The harbour reopened on Friday.'],
    ['By . Mina Ortez . and Paul Greer for Daybook . Last updated at 3:47 PM on 5th June 2017 . Volunteers cleared the beach.', 'Volunteers cleared the beach.'],
    ['UPDATED: . 08:25 EST, 12 June 2016 . Police closed the bridge.', 'Police closed the bridge.'],
    ['By . Staff Reporter . The library will close for repairs.', 'The library will close for repairs.'],
  ];
  for (const [withCredits, sentence] of credits) {
    assert.deepEqual(stripBoilerplate([withCredits, LATER]), [sentence, LATER], withCredits);
  }
  // A credit block that is a paragraph of its own goes entirely, and the next paragraph is the opening.
  assert.deepEqual(stripBoilerplate(['By . Staff Reporter .', '(CNN)A storm hit the coast.', LATER]), ['A storm hit the coast.', LATER]);
});

test('sentences that start like credits are kept', () => {
  for (const prose of [
    'By Tuesday, the two sides had agreed to keep talking about the contract.',
    'Published in 2014, the report found that most bridges needed repair.',
    'Updated figures released on Monday showed a sharp fall in arrivals.',
  ]) {
    assert.deepEqual(stripBoilerplate([prose, LATER]), [prose, LATER], prose);
  }
});

test('word counts stop at COUNTED_WORDS without changing any rule: no rule looks at a longer paragraph', async () => {
  const { BOILERPLATE_RULES, COUNTED_WORDS } = await import('../../src/transforms/summary/boilerplate-rules.ts');
  const openings = [...dropped.map(([, noise]) => noise), 'Sign up for our newsletter', 'A post shared by Jane (@jane)', 'Updated: the story'];
  for (let words = COUNTED_WORDS - 1; words <= 200; words += 1) {
    for (const opening of openings) {
      const paragraph = `${opening} ${'word '.repeat(words)}`.trim();
      for (const rule of BOILERPLATE_RULES) {
        assert.equal(rule.matches(paragraph, Math.min(words, COUNTED_WORDS)), rule.matches(paragraph, words), `${rule.name} at ${words} words`);
      }
    }
  }
});

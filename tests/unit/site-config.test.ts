import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSiteConfig } from '../../src/content/site-config.ts';
import { ContentError } from '../../src/content/problems.ts';

test('defaults fill everything but the url', () => {
  const config = parseSiteConfig({ url: 'https://daybook.example/' });
  assert.equal(config.url, 'https://daybook.example');
  assert.equal(config.timeZone, 'America/New_York');
  assert.equal(config.feedItems, 50);
  assert.deepEqual(config.summary, { maxWords: 60, maxSentences: 2 });
  assert.equal(config.publisher.name, 'Daybook');
});

test('a bad time zone and a relative url are both reported, naming site.yml', () => {
  assert.throws(
    () => parseSiteConfig({ url: '/relative', timeZone: 'Mars/Olympus' }, 'content/site.yml'),
    (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.match(error.message, /content\/site\.yml: field "url": found "\/relative"; expected an absolute http\(s\) URL/);
      assert.match(error.message, /content\/site\.yml: field "timeZone": found "Mars\/Olympus"; expected an IANA time zone/);
      return true;
    },
  );
});

test('twitterSite and locale are optional, normalized, and checked', () => {
  const config = parseSiteConfig({ url: 'https://daybook.example', twitterSite: 'daybook_news', locale: 'en-gb' });
  assert.equal(config.twitterSite, '@daybook_news');
  assert.equal(config.locale, 'en_GB');
  assert.equal(parseSiteConfig({ url: 'https://daybook.example' }).twitterSite, undefined);
  assert.throws(
    () => parseSiteConfig({ url: 'https://daybook.example', twitterSite: 'https://x.com/daybook', locale: 'English' }, 'content/site.yml'),
    (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.match(error.message, /content\/site\.yml: field "twitterSite": found "https:\/\/x\.com\/daybook"; expected an X \(Twitter\) handle such as @daybook/);
      assert.match(error.message, /field "locale": found "English"; expected a language and territory such as en_US/);
      return true;
    },
  );
});

test('issueCloses is an optional 24-hour newsroom time, reported with the fix when malformed', () => {
  assert.equal(parseSiteConfig({ url: 'https://daybook.example', issueCloses: '18:00' }).issueCloses, '18:00');
  assert.equal(parseSiteConfig({ url: 'https://daybook.example' }).issueCloses, undefined);
  for (const bad of ['6pm', '24:00', '18:0', 1080]) {
    assert.throws(
      () => parseSiteConfig({ url: 'https://daybook.example', issueCloses: bad }, 'content/site.yml'),
      (error: unknown) => error instanceof ContentError && /content\/site\.yml: field "issueCloses".*(24-hour newsroom time such as "18:00"|expected string)/.test(error.message),
      String(bad),
    );
  }
});

test('socialCards.recentIssues defaults to 3 and may be 0', () => {
  assert.equal(parseSiteConfig({ url: 'https://daybook.example' }).socialCards.recentIssues, 3);
  assert.equal(parseSiteConfig({ url: 'https://daybook.example', socialCards: { recentIssues: 0 } }).socialCards.recentIssues, 0);
  assert.throws(() => parseSiteConfig({ url: 'https://daybook.example', socialCards: { recentIssues: -1 } }), ContentError);
});

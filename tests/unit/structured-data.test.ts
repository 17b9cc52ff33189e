import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headMetadata, newsArticle } from '../../src/site/structured-data.ts';
import { jsonForScript } from '../../src/site/filters.ts';
import { makeStory } from '../helpers/stories.ts';
import { parseNewsroomDate } from '../../src/transforms/dates.ts';

const site = { url: 'https://x.example/digest', title: 'X', tagline: 'The news', language: 'en', publisher: { name: 'X Media', logo: '/images/logo.png' }, author: 'The desk' };
const updated = parseNewsroomDate('2026-11-24T18:00:00-05:00', 'America/New_York');
assert.ok(updated.ok);
const story = makeStory({
  title: 'A </script> headline',
  summary: 'What happened.',
  authors: ['Ana Ruiz', 'Tom Lee'],
  tagNames: ['iran'],
  image: { src: '/images/map.png', alt: 'A map' },
  sources: [{ name: 'Reuters', url: 'https://www.reuters.com/' }],
  updated: updated.value,
});

test('a story gets article Open Graph tags, a large-image card and NewsArticle data', () => {
  const head = headMetadata({ url: story.url, story }, site);
  const property = (name: string): string[] => head.properties.filter((tag) => tag.property === name).map((tag) => tag.content);
  const name = (key: string): string[] => head.names.filter((tag) => tag.name === key).map((tag) => tag.content);
  assert.equal(head.canonical, `https://x.example/digest${story.url}`);
  assert.deepEqual(property('og:type'), ['article']);
  assert.deepEqual(property('og:image'), ['https://x.example/digest/images/map.png']);
  assert.deepEqual(property('og:image:alt'), ['A map']);
  assert.deepEqual(property('article:modified_time'), ['2026-11-24T18:00:00-05:00']);
  assert.deepEqual(property('article:tag'), ['iran']);
  assert.deepEqual(name('twitter:card'), ['summary_large_image']);
  assert.deepEqual(name('twitter:image:alt'), ['A map']);
  const article = head.jsonLd;
  assert.ok(article);
  assert.equal(article['@type'], 'NewsArticle');
  assert.deepEqual(article.author, [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Tom Lee' }]);
  assert.deepEqual(article.publisher.logo, { '@type': 'ImageObject', url: 'https://x.example/digest/images/logo.png' });
  assert.deepEqual(article.image, ['https://x.example/digest/images/map.png']);
  assert.equal(article.dateModified, '2026-11-24T18:00:00-05:00');
  assert.deepEqual(article.isBasedOn, [{ '@type': 'CreativeWork', name: 'Reuters', url: 'https://www.reuters.com/' }]);
  // The JSON-LD survives being put in a <script>: nothing in it can close the tag.
  const serialized = jsonForScript(article);
  assert.doesNotMatch(serialized, /<\/script/i);
  assert.equal(JSON.parse(serialized).headline, 'A </script> headline');
});

test('a story without byline or image: the desk as organization, a summary card, no image tags', () => {
  const plain = makeStory({ title: 'Plain' });
  assert.deepEqual(newsArticle(plain, site).author, [{ '@type': 'Organization', name: 'The desk', url: 'https://x.example/digest/' }]);
  assert.equal(newsArticle(plain, site).image, undefined);
  const head = headMetadata({ url: plain.url, story: plain }, site);
  assert.ok(!head.properties.some((tag) => tag.property === 'og:image'));
  assert.deepEqual(head.names.find((tag) => tag.name === 'twitter:card')?.content, 'summary');
});

test('other pages get website Open Graph, the site feeds, and their own feed first', () => {
  const head = headMetadata({ url: '/tags/iran/', title: 'Iran', description: 'About Iran', taxonPage: { taxon: story.tags[0]!, stories: [story] }, taxonKind: 'tag' }, site);
  assert.equal(head.canonical, 'https://x.example/digest/tags/iran/');
  assert.equal(head.jsonLd, undefined);
  assert.deepEqual(head.properties.find((tag) => tag.property === 'og:type')?.content, 'website');
  assert.deepEqual(head.properties.find((tag) => tag.property === 'og:title')?.content, 'Iran · X');
  assert.deepEqual(head.feeds.map((feed) => feed.href), [
    'https://x.example/digest/tags/iran/feed.xml',
    'https://x.example/digest/feed.xml',
    'https://x.example/digest/atom.xml',
    'https://x.example/digest/feed.json',
    'https://x.example/digest/issues/feed.xml',
  ]);
  const front = headMetadata({ url: '/' }, site);
  assert.equal(front.feeds.length, 4);
  assert.deepEqual(front.properties.find((tag) => tag.property === 'og:description')?.content, 'The news');
});

test('site.yml twitterSite and locale give every page twitter:site and og:locale', () => {
  const social = { ...site, language: 'en', twitterSite: '@daybook', locale: 'en_GB' };
  for (const head of [headMetadata({ url: story.url, story }, social), headMetadata({ url: '/' }, social)]) {
    assert.deepEqual(head.names.filter((tag) => tag.name === 'twitter:site').map((tag) => tag.content), ['@daybook']);
    assert.deepEqual(head.properties.filter((tag) => tag.property === 'og:locale').map((tag) => tag.content), ['en_GB']);
  }
  const plain = headMetadata({ url: '/' }, site);
  assert.equal(plain.names.find((tag) => tag.name === 'twitter:site'), undefined);
  assert.equal(plain.properties.find((tag) => tag.property === 'og:locale'), undefined);
  const fromLanguage = headMetadata({ url: '/' }, { ...site, language: 'en-US' });
  assert.deepEqual(fromLanguage.properties.filter((tag) => tag.property === 'og:locale').map((tag) => tag.content), ['en_US']);
});

test('a story without a raster picture shares its card: og:image, twitter:image and JSON-LD image, with its size', () => {
  const svg = makeStory({ title: 'Oil jumps', image: { src: '/images/chart.svg', alt: 'A chart' } });
  const plain = makeStory({ title: 'Plain' });
  for (const shown of [svg, plain]) {
    const card = `${shown.url}card.png`;
    const head = headMetadata({ url: shown.url, story: shown, card }, site);
    const property = (name: string): string[] => head.properties.filter((tag) => tag.property === name).map((tag) => tag.content);
    assert.deepEqual(property('og:image'), [`https://x.example/digest${card}`], 'never the SVG, which social sites do not show');
    assert.deepEqual([property('og:image:width'), property('og:image:height'), property('og:image:type')], [['1200'], ['630'], ['image/png']]);
    assert.deepEqual(property('og:image:alt'), [shown.title]);
    assert.deepEqual(head.names.filter((tag) => tag.name.startsWith('twitter:image') || tag.name === 'twitter:card').map((tag) => tag.content), ['summary_large_image', `https://x.example/digest${card}`, shown.title]);
    assert.deepEqual(head.jsonLd?.image, [`https://x.example/digest${card}`]);
  }
  const old = headMetadata({ url: plain.url, story: plain, card: '/sections/world/card.png' }, site);
  assert.deepEqual(old.properties.find((tag) => tag.property === 'og:image:alt')?.content, 'World, X', 'a section card is described as what it shows');
  const raster = headMetadata({ url: story.url, story, card: '/sections/world/card.png' }, site);
  assert.deepEqual(raster.jsonLd?.image, ['https://x.example/digest/images/map.png'], 'a raster picture of its own wins over any card');
});

test('other pages share their card, else the publisher logo', () => {
  const issue = headMetadata({ url: '/issues/2026-11-24/', title: 'Issue 5', card: '/issues/2026-11-24/card.png' }, site);
  assert.deepEqual(issue.properties.find((tag) => tag.property === 'og:image')?.content, 'https://x.example/digest/issues/2026-11-24/card.png');
  assert.deepEqual(issue.names.find((tag) => tag.name === 'twitter:card')?.content, 'summary_large_image');
  assert.deepEqual(headMetadata({ url: '/' }, site).properties.find((tag) => tag.property === 'og:image')?.content, 'https://x.example/digest/images/logo.png');
});

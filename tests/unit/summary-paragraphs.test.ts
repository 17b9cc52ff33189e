import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown } from '../../src/transforms/markdown.ts';
import { storyParagraphs } from '../../src/transforms/summary/index.ts';

test('storyParagraphs returns block-level text with entities decoded and typography kept', () => {
  const html = renderMarkdown('# Title\n\nShe said "yes" -- and it\'s 5 &amp; 6.\n\n## A heading\n\n- first *item*\n- second item\n\n> A quoted\n> passage.');
  assert.deepEqual(storyParagraphs(html), [
    'She said “yes” – and it’s 5 & 6.',
    'A heading',
    'first item',
    'second item',
    'A quoted passage.',
  ]);
});

test('storyParagraphs keeps a tweet blockquote whole and separates words across tags', () => {
  const html = '<p>Lead.</p><blockquote class="twitter-tweet"><p>Liftoff! pic.twitter.com/abc</p>&mdash; Halcyon (@Halcyon) <a href="#">November 19, 2026</a></blockquote>';
  assert.deepEqual(storyParagraphs(html), ['Lead.', 'Liftoff! pic.twitter.com/abc — Halcyon (@Halcyon) November 19, 2026']);
});

test('storyParagraphs skips scripts, figures and code, and keeps loose inline text', () => {
  const html = '<div>Loose <b>text</b> here.<script>var x = "<p>no</p>";</script></div><figure><img src="a.jpg"><figcaption>Caption</figcaption></figure><pre><code>code()</code></pre><p>Last&nbsp;one.</p>';
  assert.deepEqual(storyParagraphs(html), ['Loose text here.', 'Last one.']);
});

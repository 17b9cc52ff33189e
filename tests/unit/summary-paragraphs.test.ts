import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown, renderMarkdownWithTokens } from '../../src/transforms/markdown.ts';
import { paragraphsOfTokens, storyParagraphs } from '../../src/transforms/summary/index.ts';
import { normalizeWhitespace } from '../../src/transforms/summary/words.ts';

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

/** Markdown whose block structure, breaks and entities the token reading must shape exactly as the HTML parse does. */
const TRICKY_MARKDOWN = [
  '# Title\n\nShe said "yes" -- and it\'s 5 &amp; 6.\n\n## A heading\n\n- first *item*\n- second item\n\n> A quoted\n> passage.',
  '- tight item\n  - nested one\n  - nested two\n- next item',
  '1. loose item\n\n   second paragraph of it\n\n2. another\n\n   - nested in loose',
  '> quote with\n>\n> - a list inside\n> - and more\n>\n> ```\n> code\n> ```\n> after the code',
  '- item with code\n  ```\n  skipped()\n  ```\n  after\n- item ![photo *credit*](a.jpg)glued',
  'Line one  \nhard break\\\nand `code &lt;b&gt;` AT&T &copy; &nbsp;x https://example.com/path',
  '| a | b |\n|---|---|\n| c | d |\n\nAfter the table.\n\n---\n\nSetext\n===\n\nSub\n---\n\n    indented code\n\nEnd.',
  '- # heading in item\n- > quote in item\n  continued',
];

test('paragraphsOfTokens gives what storyParagraphs gives for the rendered HTML', () => {
  for (const source of TRICKY_MARKDOWN) {
    const { html, tokens } = renderMarkdownWithTokens(source);
    assert.equal(html, renderMarkdown(source));
    assert.deepEqual(paragraphsOfTokens(tokens), storyParagraphs(html), source);
  }
});

test('paragraphsOfTokens leaves raw HTML to the HTML parse', () => {
  assert.equal(paragraphsOfTokens(renderMarkdownWithTokens('Text with <b>bold</b> HTML.').tokens), undefined);
  assert.equal(paragraphsOfTokens(renderMarkdownWithTokens('<div>\nan embed\n</div>\n\nText.').tokens), undefined);
  assert.deepEqual(paragraphsOfTokens(renderMarkdownWithTokens('An <https://example.com> autolink.').tokens), ['An https://example.com autolink.']);
});

test('normalizeWhitespace collapses every kind of space, zero-width ones included, and trims', () => {
  assert.equal(normalizeWhitespace('  one  two\n\tthree\u00a0\u2003four '), 'one two three four');
  assert.equal(normalizeWhitespace('\u200bzero\u200b width\u200b'), 'zero width');
  assert.equal(normalizeWhitespace('\ufeff already single spaced '), 'already single spaced');
  assert.equal(normalizeWhitespace(' \n '), '');
});

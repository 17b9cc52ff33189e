import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapText } from '../../src/email/plain-text.ts';
import { relativeLinks } from '../../src/email/links.ts';

describe('wrapText', () => {
  test('breaks between words, never inside one, within the width', () => {
    assert.deepEqual(wrapText('the quick brown fox jumps over the lazy dog', 15), ['the quick brown', 'fox jumps over', 'the lazy dog']);
  });
  test('a word longer than the width (a URL) gets a line of its own, unbroken', () => {
    assert.deepEqual(wrapText('see https://example.org/a/very/long/path now', 10), ['see', 'https://example.org/a/very/long/path', 'now']);
  });
  test('collapses runs of whitespace and newlines; empty text is no lines', () => {
    assert.deepEqual(wrapText('  one\n\n two\tthree ', 72), ['one two three']);
    assert.deepEqual(wrapText('   ', 72), []);
  });
});

describe('relativeLinks', () => {
  test('finds links that only work on the site, in either quote style', () => {
    const html = `<a href="https://x.example/a/">ok</a> <a href='/issues/'>no</a> <img src="images/a.png"> <a href="mailto:desk@x.example">ok</a> <a href="#top">ok</a> <a href="//cdn.example/x">no</a>`;
    assert.deepEqual(relativeLinks(html), ['/issues/', 'images/a.png', '//cdn.example/x']);
  });
  test('an email with only absolute links has none', () => {
    assert.deepEqual(relativeLinks('<a href="http://x.example/">a</a><img src="https://x.example/i.png">'), []);
  });
});

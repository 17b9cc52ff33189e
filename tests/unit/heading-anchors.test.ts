import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/transforms/markdown.ts';

test('every heading of a story gets an id from its words, by the slug rule of tags', () => {
  assert.equal(
    renderMarkdown('## What **comes** next?\n\n### `Code` & “quotes”\n'),
    '<h2 id="what-comes-next">What <strong>comes</strong> next?</h2>\n<h3 id="code-and-quotes"><code>Code</code> &amp; “quotes”</h3>\n',
  );
});

test('repeated headings count up, and none takes an id of the page around the story', () => {
  const html = renderMarkdown('## Notes\n\n## Notes\n\n## Main\n\n## Story title\n\n## ¿?\n');
  assert.deepEqual([...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]), ['notes', 'notes-2', 'main-2', 'story-title-2', 'section']);
});

test('ids start afresh in each story', () => {
  assert.match(renderMarkdown('## Notes\n'), /id="notes"/);
  assert.match(renderMarkdown('## Notes\n'), /id="notes"/);
});

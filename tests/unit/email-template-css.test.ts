import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineEmailTemplateCss } from '../../src/email/inline-css.ts';

const INCLUDE = '{% include "email.css" %}';
const CSS = '.cell { padding: 4px; } a { color: red; } @media (max-width: 600px) { .cell { padding: 0 !important; } }';
const TEMPLATE = [
  '---js',
  '{ permalink: (data) => `${data.issue.url}email.html` }',
  '---',
  '{# A comment with <b>markup</b> #}',
  `<html><head><style>${INCLUDE}</style></head><body><table>`,
  '{% for story in stories %}<tr><td class="cell"><a href="{{ story.url | absoluteUrl("https://x.example") }}">{{ story.title }}</a></td></tr>{% endfor %}',
  '</table></body></html>',
].join('\n');

test('inlines the CSS into the template and leaves front matter, tags, comments and expressions as written', () => {
  const inlined = inlineEmailTemplateCss(TEMPLATE, INCLUDE, CSS);
  assert.ok(inlined.startsWith('---js\n{ permalink: (data) => `${data.issue.url}email.html` }\n---\n{# A comment with <b>markup</b> #}\n'));
  assert.match(inlined, /<table>\n\{% for story in stories %\}<tr><td class="cell" style="padding: 4px;">/);
  assert.match(inlined, /<a href="\{\{ story\.url \| absoluteUrl\("https:\/\/x\.example"\) \}\}" style="color: red;">\{\{ story\.title \}\}<\/a>/);
  assert.match(inlined, /\{% endfor %\}\n<\/table>/);
  assert.match(inlined, /<style>\s*@media \(max-width: 600px\)/, 'the media query stays a rule');
  assert.doesNotMatch(inlined, /color: red; \}/, 'plain rules are gone from <style>');
});

test('refuses a template that no longer includes the stylesheet', () => {
  assert.throws(() => inlineEmailTemplateCss(TEMPLATE.replace(INCLUDE, ''), INCLUDE, CSS), /no longer has/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateFrontMatter } from '../../src/content/validate.ts';
import { parseFrontMatter } from '../../src/content/front-matter.ts';
import { formatProblem } from '../../src/content/problems.ts';

const FILE = 'content/stories/x.md';
const valid = { title: 'A headline', date: '2026-11-24' };

function messages(data: Record<string, unknown>): string[] {
  return validateFrontMatter(data, FILE).problems.map(formatProblem);
}

test('a minimal story is valid and gets defaults', () => {
  const result = validateFrontMatter(valid, FILE);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.frontMatter?.tags, []);
  assert.equal(result.frontMatter?.lead, false);
  assert.equal(result.frontMatter?.draft, false);
});

test('a missing title names the file, the field and what is expected', () => {
  const [message] = messages({ date: '2026-11-24' });
  assert.equal(message, 'error: content/stories/x.md: field "title": it is missing; expected the headline as text.');
});

test('a typo of a known field warns and suggests the right one', () => {
  const found = messages({ tittle: 'A headline', date: '2026-11-24' });
  assert.ok(found.includes('warning: content/stories/x.md: field "tittle": is not a Daybook field and is ignored. Did you mean "title"?'), found.join('\n'));
  assert.ok(found.some((message) => /field "title": it is missing \(the file has "tittle": did you mean "title"\?\)/.test(message)), found.join('\n'));
});

test('an unrelated unknown field warns and lists the known fields', () => {
  const [message] = messages({ ...valid, layout: 'post' });
  assert.match(message!, /^warning: .* field "layout": is not a Daybook field and is ignored\. Known fields: title, date,/);
});

test('every bad field is reported at once, with what was found', () => {
  const found = messages({
    title: '',
    date: '20 Nov 2026',
    lead: 'yes',
    sources: [{ name: 'Reuters', url: 'reuters.com' }],
    tags: [1],
    updated: '2026-02-30',
  });
  const expectations: [string, RegExp][] = [
    ['title', /found empty text; expected the headline as text, not empty text/],
    ['date', /found "20 Nov 2026"; expected an ISO date like 2026-11-20/],
    ['lead', /found "yes"; expected true or false/],
    ['sources.0.url', /found "reuters.com"; expected an absolute http\(s\) URL/],
    ['tags.0', /found number 1; expected tag/],
    ['updated', /found "2026-02-30"; expected an ISO date/],
  ];
  for (const [field, pattern] of expectations) {
    assert.ok(found.some((message) => message.includes(`field "${field}":`) && pattern.test(message)), `${field}\n${found.join('\n')}`);
  }
  assert.equal(found.length, expectations.length);
});

test('an image needs its alt text', () => {
  const [message] = messages({ ...valid, image: '/images/map.svg' });
  assert.match(message!, /field "imageAlt": it is missing; expected a description of the image/);
});

test('tags may be written as a comma-separated line', () => {
  assert.deepEqual(validateFrontMatter({ ...valid, tags: 'iran, white house' }, FILE).frontMatter?.tags, ['iran', 'white house']);
});

test('malformed YAML names the file and the line', () => {
  const result = parseFrontMatter('---\ntitle: A\ndate: 2026-11-24\nsummary: Fed cuts: what next\n---\nBody', FILE);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.problem.file, FILE);
    assert.equal(result.problem.line, 4);
    assert.match(result.problem.message, /the YAML is malformed/);
  }
});

test('YAML keeps dates as text so no time zone is applied behind the editor’s back', () => {
  const result = parseFrontMatter('---\ntitle: A\ndate: 2026-11-24\n---\nBody', FILE);
  assert.ok(result.ok);
  if (result.ok) assert.equal(result.data.date, '2026-11-24');
});

test('a file without front matter is an error at line 1', () => {
  const result = parseFrontMatter('Just text', FILE);
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(formatProblem(result.problem), /^error: content\/stories\/x\.md:1: has no front matter/);
});

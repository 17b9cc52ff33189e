import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadSite, type LoadedSite } from '../../src/site/load-site.ts';
import { repoRoot } from '../helpers/build.ts';

let sample: LoadedSite;

before(async () => {
  sample = await loadSite({ contentDir: path.join(repoRoot, 'content'), mode: 'production', now: Date.parse('2026-11-25T12:00:00Z') });
});

test('the sample site is worth looking at: 15+ stories over 4+ days in 4+ sections, cleanly', () => {
  const { model, warnings } = sample;
  assert.deepEqual(warnings, []);
  assert.ok(model.stories.length >= 15, `${model.stories.length} stories`);
  assert.ok(model.issues.length >= 4, `${model.issues.length} issues`);
  assert.ok(model.sections.length >= 4, `${model.sections.length} sections`);
  for (const issue of model.issues) assert.ok(issue.lead.lead, `issue ${issue.day} has an editor-marked lead`);
});

test('no summary on the sample site carries promo, byline, dateline or credit text', () => {
  const extracted = sample.model.stories.filter((story) => story.summarySource === 'extracted');
  assert.ok(extracted.length >= 5, 'the sample exercises the summarizer');
  for (const story of extracted) {
    assert.doesNotMatch(
      story.summary,
      /Subscribe|Sign up|Newsletter|^By [A-Z]|Related:|Read more|Photo|Getty|\((AP|Reuters|Bloomberg)\)|^[A-Z]{3,}[A-Z ,.]*\s[—–-]/,
      story.file,
    );
    // "About 60 words": the sentence right after the last one kept may run a fifth over.
    assert.ok(story.summary.split(/\s+/).length <= 72 || !/[.!?”"]\s/.test(story.summary), `${story.file} is over the word bound`);
    assert.match(story.summary, /[.!?”’")]$/, `${story.file} ends mid-sentence`);
  }
});

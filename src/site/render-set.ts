import type { Story } from '../content/story.ts';
import type { DailyIssue } from '../transforms/issues.ts';

/** The story and issue pages one build renders: all of them, except in the dev server after a story edit. */
export interface RenderSet {
  stories: Story[];
  issues: DailyIssue[];
}

interface ModelPages {
  stories: Story[];
  issues: DailyIssue[];
}

export function everyPage(model: ModelPages): RenderSet {
  return { stories: model.stories, issues: model.issues };
}

/**
 * After an edit of story files only, the pages whose content can have changed: the edited
 * stories and the issues of their days (before and after the edit). Every other page is
 * already on disk from the previous build. The story loader keeps an unchanged story the very
 * same object between builds, so identity tells what was re-read. Anything that reshapes the
 * archive (a story added or removed, a day gained or lost) renders everything again.
 */
export function pagesChangedSince(previous: ModelPages, next: ModelPages): RenderSet {
  if (previous.stories.length !== next.stories.length || !sameDays(previous.issues, next.issues)) return everyPage(next);
  const unchanged = new Set(previous.stories);
  const previousById = new Map(previous.stories.map((story) => [story.id, story]));
  const changed = next.stories.filter((story) => !unchanged.has(story));
  const days = new Set<string>();
  for (const story of changed) {
    const before = previousById.get(story.id);
    if (before === undefined) return everyPage(next);
    days.add(before.published.day);
    days.add(story.published.day);
  }
  return { stories: changed, issues: next.issues.filter((issue) => days.has(issue.day)) };
}

function sameDays(a: readonly DailyIssue[], b: readonly DailyIssue[]): boolean {
  return a.length === b.length && a.every((issue, index) => issue.day === b[index]?.day);
}

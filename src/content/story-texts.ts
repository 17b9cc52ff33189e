import type { Story } from './story.ts';

/**
 * Stories whose HTML, and the fields only their own pages and feed items print, live in a
 * story cache texts file (story-cache-file.ts) and are read on first use. A build touches the
 * texts of a few months, one after another (a search part, the pages of a day), so a few
 * shards' texts are kept, the most recently used; the archive's text is never held at once. A texts file about to be replaced is first read by every story still
 * pointing to it (a dev server keeps the stories of its last load), so none is left pointing
 * to bytes that are gone.
 */

/**
 * A shard's stories in the order of its texts, and per story the length of its HTML, then of
 * its page HTML (SAME_HTML when the page prints the HTML unchanged). Two arrays rather than an
 * object per story: a large archive's publish lays out every story it reads from the cache.
 */
export interface TextLayout {
  stories: readonly object[];
  lengths: readonly number[];
}

/** In TextLayout's lengths: the page prints the story's HTML unchanged. */
export const SAME_HTML = -1;

/**
 * What only a story's own page, its day's issue, its feed item and its search record print:
 * planning the archive's pages, issues, listings, sitemaps and search parts needs none of them,
 * so a build that reads the whole archive's cache entries does not read these with them. Not
 * the dek: tag and section listings print it, and a listing's stories span many months.
 */
export const STORY_DETAILS = ['summary', 'sources', 'authors', 'byline', 'words', 'readingMinutes', 'summarySource', 'rawHtml'] as const satisfies ReadonlyArray<keyof Story>;

export type StoryDetails = Pick<Story, (typeof STORY_DETAILS)[number]>;

export type StoryTexts = Pick<Story, 'html' | 'pageHtml'> & StoryDetails;

/** A shard's texts as its texts file holds them: its stories' HTML as one string, and their details, both in layout order. */
export interface ShardTextsContent {
  texts: string;
  details: readonly StoryDetails[];
}

/** Shards whose texts are kept read: enough for the months a day's pages and search parts span. */
const KEPT_SHARDS = 8;

const kept: ShardTexts[] = [];
const byFile = new Map<string, Set<WeakRef<ShardTexts>>>();

class ShardTexts {
  #slices: Map<object, StoryTexts> | undefined;
  #pinned = false;

  constructor(
    private readonly layout: TextLayout,
    private readonly readAll: () => ShardTextsContent,
  ) {}

  textsOf(story: object): StoryTexts {
    const slices = this.#slices ?? this.load();
    return slices.get(story)!;
  }

  /** Reads the file now and keeps it read: its file is about to be replaced. */
  pin(): void {
    if (this.#slices === undefined) this.load();
    this.#pinned = true;
  }

  release(): void {
    if (!this.#pinned) this.#slices = undefined;
  }

  private load(): Map<object, StoryTexts> {
    const { texts, details } = this.readAll();
    const { stories, lengths } = this.layout;
    const slices = new Map<object, StoryTexts>();
    let at = 0;
    stories.forEach((story, index) => {
      const html = texts.slice(at, (at += lengths[2 * index]!));
      const pageLength = lengths[2 * index + 1]!;
      slices.set(story, { ...details[index]!, html, pageHtml: pageLength === SAME_HTML ? html : texts.slice(at, (at += pageLength)) });
    });
    this.#slices = slices;
    kept.push(this);
    if (kept.length > KEPT_SHARDS) kept.shift()?.release();
    return slices;
  }
}

const TEXT_FIELDS = ['html', 'pageHtml', ...STORY_DETAILS] as const satisfies ReadonlyArray<keyof StoryTexts>;

/** Where a story read from the cache finds its shard's texts. */
const SHARD_TEXTS = Symbol('shard texts');

/**
 * Makes each story of `layout` read its html, pageHtml and details from `readAll` (a shard's
 * texts file, in layout order) on first use: the stories take one prototype, whose getters find
 * them in the texts of the shard each story names. Getters on each story (a closure per story
 * and field) were a large archive's largest use of memory after the stories themselves, and a
 * prototype per shard gave the archive's stories a hundred shapes, so that every loop over them
 * read their fields the slow way. The stories must not hold these fields themselves, as
 * decodeShard's do not.
 */
export function attachTexts(layout: TextLayout, file: string, readAll: () => ShardTextsContent): void {
  const texts = new ShardTexts(layout, readAll);
  for (const story of layout.stories) {
    // In this order: a field added after a change of prototype gave each story a shape of its own.
    (story as { [SHARD_TEXTS]?: ShardTexts })[SHARD_TEXTS] = texts;
    Object.setPrototypeOf(story, TEXTS_PROTOTYPE);
  }
  const live = byFile.get(file) ?? new Set<WeakRef<ShardTexts>>();
  live.add(new WeakRef(texts));
  byFile.set(file, live);
}

const TEXTS_PROTOTYPE = textsPrototype();

function textsPrototype(): object {
  const prototype = {};
  for (const field of TEXT_FIELDS) {
    Object.defineProperty(prototype, field, {
      get(this: { [SHARD_TEXTS]: ShardTexts }) {
        return this[SHARD_TEXTS].textsOf(this)[field];
      },
      enumerable: true,
    });
  }
  return prototype;
}

/** Call before `file` is replaced or removed: every story still reading from it reads it now. */
export function readBeforeReplacing(file: string): void {
  const live = byFile.get(file);
  if (live === undefined) return;
  byFile.delete(file);
  for (const ref of live) {
    const texts = ref.deref();
    if (texts === undefined) continue;
    try {
      texts.pin();
    } catch {
      // Already damaged: its stories fail on first use, as they would have anyway.
    }
  }
}

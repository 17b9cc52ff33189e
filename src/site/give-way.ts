/**
 * Whether a publish's build thread should give way to the Pagefind run that re-indexes a search
 * part beside it (lowering its own priority: src/util/thread-priority.ts). On two cores the two
 * share the machine, Pagefind keeping about a core and a quarter busy: given way, Pagefind runs
 * at its own pace and the build thread takes what it leaves, so the publish ends sooner when
 * Pagefind would otherwise finish last, and later when the build thread would.
 *
 * Measured alternately on one archive each, correcting a story from the middle (a part of 1,525
 * records): at 30,000 stories 4.5 s to publish without, 4.1 s given way; at 100,000 stories
 * about 0.2 s slower given way, when the planning and render outlast Pagefind anyway.
 */
export function givesWayToIndexer(records: number, stories: number): boolean {
  return INDEXER_MS_PER_RECORD * records >= GIVE_WAY_FROM * (BUILD_MS.base + BUILD_MS.perStory * stories);
}

/** Pagefind on its own: 1,525 records in 1.9 to 2.0 s on the bench machine. */
const INDEXER_MS_PER_RECORD = 1.3;

/**
 * The build thread's work from Pagefind's start to the end of the render (model, planning,
 * Eleventy, social cards): about 2.0 s at 30,000 stories and 3.0 s at 100,000 on the same machine.
 * Both estimates scale with the machine's speed, so their comparison holds on another.
 */
const BUILD_MS = { base: 1570, perStory: 0.0143 };

/**
 * Given way, the build thread still gets about three quarters of a core while Pagefind runs: it
 * pays to give way a little before Pagefind alone is the longer of the two.
 */
const GIVE_WAY_FROM = 0.8;

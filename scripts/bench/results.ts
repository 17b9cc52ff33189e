import type { EditTiming } from './dev-server.ts';
import type { Measurement } from './measure.ts';

/** The publishes timed after each cold build, in the order they run. */
export const PUBLISH_KINDS = ['addOne', 'correctOne', 'correctNewest'] as const;
export type PublishKind = (typeof PUBLISH_KINDS)[number];

export const PUBLISH_LABELS: Record<PublishKind, string> = {
  addOne: 'publish after adding one',
  correctOne: 'publish after correcting one',
  correctNewest: "publish after correcting one of today's",
};

/** What an incremental publish did, from its log. */
export interface PublishDetail {
  /** Archive pages Eleventy rendered again. */
  rendered: number;
  /** "Published N changed files, removed M.", when the log has it. */
  note: string | undefined;
  /** Wall seconds per build step (content, images, search index, eleventy, email editions, publish). */
  steps: Record<string, number>;
}

export interface SizeResult {
  stories: number;
  /** How many times each build ran; the figures are the median run's (peak memory: the highest). */
  runs: number;
  /** Daybook with an empty build cache and a fresh output folder, as on a fresh CI machine. */
  cold: Measurement;
  coldSteps: Record<string, number>;
  /** The same archive published again, with the cache and output the cold build left, after one edit. */
  publishes: Record<PublishKind, Measurement>;
  publishDetails: Record<PublishKind, PublishDetail>;
  /** Bare Eleventy over the same stories; undefined when it (or Pagefind after it) failed. */
  bare: Measurement | undefined;
  /** Pagefind's command line over bare Eleventy's output. */
  pagefind: Measurement | undefined;
  /** Bare Eleventy then Pagefind, as one job: the median of their summed times. */
  barePagefind: Measurement | undefined;
  /** Why the baselines have no figures at this size. */
  baselineFailure: string | undefined;
}

export interface BenchReport {
  machine: string;
  sizes: SizeResult[];
  devEdit: (EditTiming & { stories: number }) | undefined;
}

import type { SiteModel } from './model.ts';
import { emailEditionStep } from '../email/email-step.ts';
import { searchIndexStep } from '../search/pagefind-step.ts';
import { iconsStep } from '../icons/icons-step.ts';

/** What a build step may use besides the output folder and the model. */
export interface BuildStepContext {
  contentDir: string;
  /** Where finished work is kept between builds (see --cache); undefined when caching is off. */
  cacheDir: string | undefined;
}

/** A step that adds files to the output before it is published (search index, emails). */
export interface PostBuildStep {
  name: string;
  /** May return one line for the build's log, e.g. what it reused from the cache. */
  run(outputDir: string, model: SiteModel, context: BuildStepContext): Promise<string | void>;
}

/**
 * Steps that need only the model, not the rendered pages. They run before Eleventy, while
 * the build holds only the model: the search indexer (a separate process, about 0.2 MB per
 * story of its part) then never adds to the memory Eleventy's page data takes. Run beside
 * Eleventy instead, the two peaks added up (1.65 GB at 10,000 stories) and fought over the
 * two cores for no gain in time.
 */
export const stepsBeforePages: PostBuildStep[] = [searchIndexStep, iconsStep];

/** Steps that finish pages Eleventy wrote (the email editions inline the issue pages' CSS). */
export const postBuildSteps: PostBuildStep[] = [emailEditionStep];

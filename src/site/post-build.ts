import type { SiteModel } from './model.ts';
import { emailEditionStep } from '../email/email-step.ts';
import { searchIndexStep } from '../search/pagefind-step.ts';

/** A step that runs on the finished output before it is published (search index, emails). */
export interface PostBuildStep {
  name: string;
  run(outputDir: string, model: SiteModel): Promise<void>;
}

export const postBuildSteps: PostBuildStep[] = [
  // Emails first, so the search step indexes the final files (it skips them: no data-pagefind-body).
  emailEditionStep,
  searchIndexStep,
];

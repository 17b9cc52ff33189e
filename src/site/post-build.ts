import type { SiteModel } from './model.ts';

/** A step that runs on the finished output before it is published (search index, emails). */
export interface PostBuildStep {
  name: string;
  run(outputDir: string, model: SiteModel): Promise<void>;
}

export const postBuildSteps: PostBuildStep[] = [];

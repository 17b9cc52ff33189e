import { loadContent } from '../content/load.ts';
import { buildSiteModel, type SiteModel } from './model.ts';
import type { BuildOptions } from './build-options.ts';
import type { ContentProblem } from '../content/problems.ts';

export interface LoadedSite {
  model: SiteModel;
  warnings: ContentProblem[];
}

/** Reads and validates the content and computes the site model; throws ContentError on bad input. */
export async function loadSite(options: BuildOptions): Promise<LoadedSite> {
  const content = await loadContent(options);
  return { model: buildSiteModel(content, options.mode, options.now), warnings: content.problems };
}

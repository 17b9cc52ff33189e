import type { SiteModel } from './model.ts';
import { emailEditionStep } from '../email/email-step.ts';
import { imageCopyStep } from './image-step.ts';
import { iconsStep } from '../icons/icons-step.ts';
import { socialCardsStep } from '../cards/cards-step.ts';
import type { BuildOptions } from './build-options.ts';

/** A step that adds files to the staging folder, before the build is published. */
export interface BuildStep {
  name: string;
  /** `model.pages` says which pages this build rendered. May return one line for the build's log. */
  run(outputDir: string, model: SiteModel, options: BuildOptions): Promise<string | void>;
}

/** Before Eleventy, from the model alone: the images stories and pages use. */
export const stepsBeforePages: BuildStep[] = [imageCopyStep];

/**
 * While Eleventy renders, from the model alone, into files no page writes: the social cards of
 * the pages rendered and the icons drawn from the logo, both drawn off the main thread.
 */
export const stepsBesidePages: BuildStep[] = [socialCardsStep, iconsStep];

/** After Eleventy, beside the search index's last parts: the email editions get their plain-text alternative and a check that every link is absolute. */
export const stepsAfterPages: BuildStep[] = [emailEditionStep];

import { createHash } from 'node:crypto';
import { hashProjectFiles } from '../util/source-hash.ts';
import type { SiteModel } from './model.ts';

/** What renders pages besides the model: Daybook's code, its layouts and config, and its dependencies. */
const RENDERING_CODE = ['src', 'layouts', '.eleventy.ts', 'package-lock.json'];

/**
 * What every page shows besides its own content: the site settings, the section list of the
 * footer, the publishing mode, and the code and layouts that render it, on this Node version.
 * Two builds of equal scope render a page with an equal fingerprint (page-plan.ts) to the same
 * bytes; a different scope renders everything.
 */
export function buildScope(model: Pick<SiteModel, 'site' | 'mode' | 'sections'>): string {
  return createHash('sha256')
    .update(JSON.stringify([model.site, model.mode, model.sections.map((listing) => listing.taxon), process.version]))
    .update('\0')
    .update(hashProjectFiles(RENDERING_CODE))
    .digest('base64url');
}

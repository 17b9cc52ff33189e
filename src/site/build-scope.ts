import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteModel } from './model.ts';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What renders pages besides the model: Daybook's code, its layouts and config, and its dependencies. */
const RENDERING_CODE = ['src', 'layouts', '.eleventy.ts', 'package-lock.json'];

/**
 * What every page shows besides its own content: the site settings, the section list of the
 * footer, the publishing mode, and the code and layouts that render it, on this Node version.
 * Two builds of equal scope render a page with an equal fingerprint (page-plan.ts) to the same
 * bytes; a different scope renders everything.
 */
export function buildScope(model: SiteModel): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([model.site, model.mode, model.sections.map((listing) => listing.taxon), process.version]));
  for (const file of filesUnder(RENDERING_CODE.map((entry) => path.join(projectDir, entry)))) {
    hash.update('\0').update(path.relative(projectDir, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('base64url');
}

function filesUnder(entries: readonly string[]): string[] {
  return entries
    .flatMap((entry) => {
      try {
        return readdirSync(entry, { recursive: true, withFileTypes: true })
          .filter((item) => item.isFile())
          .map((item) => path.join(item.parentPath, item.name));
      } catch {
        return existsSync(entry) ? [entry] : [];
      }
    })
    .sort();
}

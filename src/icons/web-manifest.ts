import type { SiteConfig } from '../content/site-config.ts';
import { sitePathPrefix, withPathPrefix } from '../routes/site-url.ts';
import { ICON_PATHS } from './icon-files.ts';

/**
 * /site.webmanifest: what a phone shows when the site is added to its home screen. Paths carry
 * the site's path prefix, since a manifest's URLs resolve against the manifest's own address.
 */
export function webManifest(site: Pick<SiteConfig, 'title' | 'tagline' | 'language' | 'url'>): string {
  const prefix = sitePathPrefix(site.url);
  const at = (sitePath: string): string => withPathPrefix(sitePath, prefix);
  const manifest = {
    name: site.title,
    short_name: site.title,
    description: site.tagline,
    lang: site.language,
    start_url: at('/'),
    scope: at('/'),
    display: 'browser',
    icons: [
      { src: at(ICON_PATHS.app192), sizes: '192x192', type: 'image/png' },
      { src: at(ICON_PATHS.app512), sizes: '512x512', type: 'image/png' },
      { src: at(ICON_PATHS.svg), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

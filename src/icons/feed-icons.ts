import { absoluteUrl } from '../routes/site-url.ts';
import { ICON_PATHS } from './icon-files.ts';

/** The site's icons as feeds name them: absolute URLs, since a feed is read far from the site. */
export interface FeedIcons {
  /** Square, small: Atom <icon>, JSON Feed favicon (64 px). */
  favicon: string;
  /** Square, large: Atom <logo>, JSON Feed icon (512 px). */
  icon: string;
  /** RSS <image>, which may be at most 144 pixels wide. */
  rssImage: { url: string; width: number; height: number };
}

export function feedIcons(siteUrl: string): FeedIcons {
  return {
    favicon: absoluteUrl(ICON_PATHS.favicon64, siteUrl),
    icon: absoluteUrl(ICON_PATHS.app512, siteUrl),
    rssImage: { url: absoluteUrl(ICON_PATHS.rss144, siteUrl), width: 144, height: 144 },
  };
}

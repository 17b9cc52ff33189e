/**
 * Every icon file the build writes from the site's logo, by site path. The head of every page
 * (layouts/_includes/partials/icons.njk), the web manifest and the feeds point at these.
 */
export const ICON_PATHS = {
  /** The logo itself: browsers that read SVG favicons show it sharp at every size. */
  svg: '/favicon.svg',
  /** The PNG favicon for browsers without SVG favicons. */
  favicon32: '/icons/favicon-32.png',
  /** JSON Feed's favicon ("should be square and 64x64"). */
  favicon64: '/icons/favicon-64.png',
  /** RSS 2.0 allows an <image> at most 144 pixels wide. */
  rss144: '/icons/icon-144.png',
  /** iOS home screens; at the root, where iOS also looks for it without a link. */
  appleTouch: '/apple-touch-icon.png',
  /** The web manifest's icons, which Android and installable-app prompts require. */
  app192: '/icons/icon-192.png',
  app512: '/icons/icon-512.png',
  manifest: '/site.webmanifest',
} as const;

/**
 * The PNGs rasterised from the logo, each square, and the size of each. iOS shows transparent
 * corners of a home-screen icon as black, so that one is drawn on white.
 */
export const PNG_ICONS: ReadonlyArray<{ path: string; size: number; background?: string }> = [
  { path: ICON_PATHS.favicon32, size: 32 },
  { path: ICON_PATHS.favicon64, size: 64 },
  { path: ICON_PATHS.rss144, size: 144 },
  { path: ICON_PATHS.appleTouch, size: 180, background: '#ffffff' },
  { path: ICON_PATHS.app192, size: 192 },
  { path: ICON_PATHS.app512, size: 512 },
];

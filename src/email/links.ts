/**
 * Absolute links for mail, where a site-relative "/2026/11/24/x/" means nothing.
 * `new URL(path, siteUrl)` would drop a path prefix ("https://x.example/digest" + "/issues/"
 * gives "https://x.example/issues/"), so the site URL is joined as text instead.
 */
export function siteLink(siteUrl: string, sitePath: string): string {
  if (!sitePath.startsWith('/') || sitePath.startsWith('//')) return sitePath;
  return `${siteUrl.replace(/\/+$/, '')}${sitePath}`;
}

/** Rewrites every site-relative href="/..." and src="/..." in an HTML string to an absolute URL. */
export function absolutizeLinks(html: string, siteUrl: string): string {
  return html.replace(
    /\b(href|src)=(["'])(\/(?!\/)[^"']*)\2/gi,
    (_match, attribute: string, quote: string, sitePath: string) => `${attribute}=${quote}${siteLink(siteUrl, sitePath)}${quote}`,
  );
}

/** Filters the layouts use for output only; anything that computes belongs in the site model. */

export function absoluteUrl(pathOrUrl: string, siteUrl: string): string {
  return new URL(pathOrUrl, `${siteUrl}/`).href;
}

/** Serializes for <script type="application/ld+json">: "<" is escaped so no value can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** "1 min read", "4 min read" */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}

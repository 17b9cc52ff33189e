/** Filters the layouts use for output only; anything that computes belongs in the site model. */

// Site-relative paths resolve under the site url's path (https://host/digest/...), not the host root.
export { absoluteUrl } from '../routes/site-url.ts';

/** Serializes for <script type="application/ld+json">: "<" is escaped so no value can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** "1 min read", "4 min read" */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}

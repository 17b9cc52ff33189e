import { gunzipSync } from 'node:zlib';

/** A story's record in a Pagefind fragment: what a result shows. */
export interface PagefindRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
}

const FRAGMENT_PREFIX = 'pagefind_dcd';

/**
 * The records of one fragment file, read as Pagefind's search reads them: gzip of
 * "pagefind_dcd" and JSON, either one record or, once a part has more stories than
 * FRAGMENT_FILES_PER_PART, a bundle of records by fragment hash.
 */
export function fragmentRecords(fileName: string, bytes: Buffer): PagefindRecord[] {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(FRAGMENT_PREFIX)) throw new Error(`${fileName} is not a Pagefind fragment`);
  const value = JSON.parse(text.slice(FRAGMENT_PREFIX.length)) as PagefindRecord | Record<string, PagefindRecord>;
  return typeof value.url === 'string' ? [value as PagefindRecord] : Object.values(value as Record<string, PagefindRecord>);
}

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CARD_LAYOUT_VERSION } from './card-svg.ts';
import type { CardText } from './card-text.ts';

/** A card's name in the cache: its text and the layout it is drawn with, so a new layout draws anew. */
export function cardKey(text: CardText): string {
  return createHash('sha256').update(JSON.stringify([CARD_LAYOUT_VERSION, text.kicker, text.headline, text.dateline, text.masthead])).digest('base64url').slice(0, 32);
}

/**
 * How long a card no build has used stays in the cache. A story has a card of its own only while
 * its issue is among the newest few (card-plan.ts), so a daily build draws a day's cards and
 * never asks for most of them again: without a limit the cache grew by every card ever drawn.
 */
export const CARD_CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Cards drawn by earlier builds, in `<cacheDir>/cards/`: each PNG beside the SHA-256 of its
 * bytes, so a truncated or altered file is drawn again rather than published. A card read from
 * the cache is marked used (its PNG's modification time), and prune removes those unused for
 * CARD_CACHE_MAX_AGE_MS.
 */
export class CardCache {
  readonly #folder: string | undefined;

  /** Without a cache folder (--no-cache), nothing is read or kept. */
  constructor(cacheDir: string | undefined) {
    this.#folder = cacheDir === undefined ? undefined : path.join(cacheDir, 'cards');
  }

  /** The cached PNG of a card, or undefined when there is none or it fails its checksum. */
  async read(key: string): Promise<Buffer | undefined> {
    if (this.#folder === undefined) return undefined;
    const [png, checksum] = await Promise.all([
      readFile(path.join(this.#folder, `${key}.png`)).catch(() => undefined),
      readFile(path.join(this.#folder, `${key}.sha256`), 'utf8').catch(() => undefined),
    ]);
    if (png === undefined || checksum !== sha256(png)) return undefined;
    const now = new Date();
    await utimes(path.join(this.#folder, `${key}.png`), now, now).catch(() => undefined);
    return png;
  }

  /**
   * Removes the cards no build has written or read for `maxAgeMs`, by their PNG's time, with
   * their checksums, and the temporary files of builds killed as long ago. Returns how many
   * cards went.
   */
  async prune(maxAgeMs = CARD_CACHE_MAX_AGE_MS, now = Date.now()): Promise<number> {
    if (this.#folder === undefined) return 0;
    const folder = this.#folder;
    const names = await readdir(folder).catch(() => [] as string[]);
    const present = new Set(names);
    // Each file's age read once: a PNG's decides for its checksum too, read before either is removed.
    const ages = new Map<string, Promise<boolean>>();
    const stale = (name: string): Promise<boolean> => {
      let old = ages.get(name);
      if (old === undefined) {
        old = stat(path.join(folder, name)).then(({ mtimeMs }) => now - mtimeMs > maxAgeMs, () => false);
        ages.set(name, old);
      }
      return old;
    };
    let removed = 0;
    await Promise.all(
      // Only files this cache names: a folder given as --cache may hold others, which are never touched.
      names.filter((name) => CACHE_FILE.test(name)).map(async (name) => {
        const [key = '', suffix] = name.split('.');
        // A checksum goes with its PNG, or alone when the PNG is gone.
        const gone = suffix === 'sha256' ? !present.has(`${key}.png`) || (await stale(`${key}.png`)) : await stale(name);
        if (!gone) return;
        await rm(path.join(folder, name), { force: true });
        if (suffix === 'png') removed += 1;
      }),
    );
    return removed;
  }

  /** Keeps a drawn card; written under a temporary name and renamed, so a killed build leaves no half file. */
  async write(key: string, png: Buffer): Promise<void> {
    if (this.#folder === undefined) return;
    await mkdir(this.#folder, { recursive: true });
    const temporary = path.join(this.#folder, `${key}.${process.pid}-${(writes += 1)}.tmp`);
    await writeFile(temporary, png);
    await rename(temporary, path.join(this.#folder, `${key}.png`));
    await writeFile(temporary, sha256(png));
    await rename(temporary, path.join(this.#folder, `${key}.sha256`));
  }
}

/** A card, its checksum, or a temporary file of either, as cardKey and write name them. */
const CACHE_FILE = /^[\w-]{32}\.(?:png|sha256|\d+-\d+\.tmp)$/;

/** Numbers this process's temporary files, so two writes never share one. */
let writes = 0;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

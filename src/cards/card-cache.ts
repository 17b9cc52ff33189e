import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CARD_LAYOUT_VERSION } from './card-svg.ts';
import type { CardText } from './card-text.ts';

/** A card's name in the cache: its text and the layout it is drawn with, so a new layout draws anew. */
export function cardKey(text: CardText): string {
  return createHash('sha256').update(JSON.stringify([CARD_LAYOUT_VERSION, text.kicker, text.headline, text.dateline, text.masthead])).digest('base64url').slice(0, 32);
}

/**
 * Cards drawn by earlier builds, in `<cacheDir>/cards/`: each PNG beside the SHA-256 of its
 * bytes, so a truncated or altered file is drawn again rather than published.
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
    return png !== undefined && checksum === sha256(png) ? png : undefined;
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

/** Numbers this process's temporary files, so two writes never share one. */
let writes = 0;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

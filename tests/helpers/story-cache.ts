import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { decodeShard, encodeShard, type CacheShard, type ShardDecoding } from '../../src/content/story-cache-file.ts';

/** The texts file paired with a shard's entries file ("2026-11.v8" -> "2026-11.texts"). */
export function textsFileOf(entriesFile: string): string {
  return entriesFile.replace(/\.v8$/, '.texts');
}

/** Decodes a shard as the cache reads it: its entries now, its texts when a story's HTML is used. */
export function readShardFile(entriesFile: string): ShardDecoding {
  const textsFile = textsFileOf(entriesFile);
  return decodeShard(readFileSync(entriesFile), {
    file: textsFile,
    read: () => {
      try {
        return readFileSync(textsFile);
      } catch {
        return undefined;
      }
    },
  });
}

/** Writes a shard's two files as the cache would (texts first). */
export async function writeShardFile(entriesFile: string, shard: CacheShard): Promise<void> {
  const { entries, texts } = encodeShard(shard);
  await writeFile(textsFileOf(entriesFile), texts);
  await writeFile(entriesFile, entries);
}

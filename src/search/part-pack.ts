import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FileDigest } from './file-tree.ts';

/**
 * A finished search-index part as the build cache keeps it: one file, the pack, instead of the
 * part's own thousand and more (a fragment per story). Storing a part after indexing it wrote
 * each of its files again and was a publish's longest step after Pagefind (0.4 s for a part of
 * 1,450 stories); a pack is one write.
 *
 * Layout: PACK_MAGIC, the byte length of the manifest (uint32, big-endian), the manifest as
 * JSON (every file's path, size and sha256, and a checksum of that list), then the files' bytes
 * in the manifest's order.
 */
const PACK_MAGIC = Buffer.from('DAYBOOK-SEARCH\0\0', 'latin1');
const HEADER_BYTES = PACK_MAGIC.length + 4;

/** A part's file and its bytes. */
export interface PackedFile {
  path: string;
  bytes: Buffer;
}

export function encodePack(files: readonly PackedFile[]): Buffer {
  const digests: FileDigest[] = files.map((file) => ({ path: file.path, size: file.bytes.length, sha256: sha256Of(file.bytes) }));
  const manifest = Buffer.from(JSON.stringify({ files: digests, checksum: checksumOf(digests) }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(manifest.length);
  return Buffer.concat([PACK_MAGIC, length, manifest, ...files.map((file) => file.bytes)]);
}

const manifestSchema = z.object({
  files: z.array(z.object({ path: z.string(), size: z.number().int().nonnegative(), sha256: z.string() })),
  checksum: z.string(),
});

/**
 * The files of a pack, each checked against the manifest: the bytes returned are those it
 * lists. Otherwise what is wrong with the pack, for the warning that it was damaged.
 */
export function decodePack(pack: Buffer): { files: PackedFile[] } | { damage: string } {
  if (pack.length < HEADER_BYTES || !pack.subarray(0, PACK_MAGIC.length).equals(PACK_MAGIC)) return { damage: 'its manifest is missing or damaged' };
  const manifestEnd = HEADER_BYTES + pack.readUInt32BE(PACK_MAGIC.length);
  let manifest: z.infer<typeof manifestSchema>;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(pack.subarray(HEADER_BYTES, manifestEnd).toString('utf8')));
    if (!parsed.success || parsed.data.checksum !== checksumOf(parsed.data.files)) return { damage: 'its manifest is missing or damaged' };
    manifest = parsed.data;
  } catch {
    return { damage: 'its manifest is missing or damaged' };
  }
  const expected = manifest.files.reduce((sum, file) => sum + file.size, manifestEnd);
  if (pack.length !== expected) return { damage: `it has ${pack.length} bytes, not ${expected}` };
  const files: PackedFile[] = [];
  let at = manifestEnd;
  for (const file of manifest.files) {
    if (!INSIDE_PART.test(file.path)) return { damage: `${JSON.stringify(file.path)} is not a path inside the part` };
    const bytes = pack.subarray(at, (at += file.size));
    if (sha256Of(bytes) !== file.sha256) return { damage: `${file.path} does not match its checksum` };
    files.push({ path: file.path, bytes });
  }
  return { files };
}

/** A relative path of plain segments: a pack never names a file outside the part it restores. */
const INSIDE_PART = /^(?!\.\.?(?:\/|$))[^/\\\0:]+(?:\/(?!\.\.?(?:\/|$))[^/\\\0:]+)*$/;

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function checksumOf(files: readonly FileDigest[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.size}\0${file.sha256}\n`);
  return hash.digest('hex');
}

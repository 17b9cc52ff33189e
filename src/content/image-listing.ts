import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { IMAGES_FOLDER, type ImageEntry } from './images.ts';

/**
 * Lists content/images/ as it is on disk, links not followed: each entry says whether it is
 * a regular file, a link (and where it leads), or something else. Names starting with _ or .
 * (.DS_Store, _drafts/) and Markdown notes (CREDITS.md) are not images and are left out.
 */
export async function listImages(contentDir: string): Promise<ImageEntry[]> {
  const imagesDir = path.join(contentDir, IMAGES_FOLDER);
  const entries = await readdir(imagesDir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const contentRoot = await realpath(contentDir);
  const listed: ImageEntry[] = [];
  for (const entry of entries) {
    const absolute = path.join(entry.parentPath ?? entry.path, entry.name);
    const relative = path.relative(imagesDir, absolute).split(path.sep).join('/');
    if (relative.split('/').some((part) => part.startsWith('_') || part.startsWith('.')) || /\.md$/i.test(entry.name)) continue;
    if (entry.isDirectory()) continue;
    if (entry.isFile()) listed.push({ kind: 'file', path: relative, source: absolute });
    else if (entry.isSymbolicLink()) listed.push(await describeLink(absolute, relative, contentRoot));
    else listed.push({ kind: 'other', path: relative });
  }
  return listed.sort((a, b) => a.path.localeCompare(b.path));
}

async function describeLink(absolute: string, relative: string, contentRoot: string): Promise<ImageEntry> {
  const target = await realpath(absolute).catch(() => undefined);
  if (target === undefined) {
    const written = await readlink(absolute).catch(() => '?');
    const resolved = path.resolve(path.dirname(absolute), written);
    return { kind: 'link', path: relative, target: resolved, insideContent: isInside(resolved, contentRoot), targetKind: 'missing' };
  }
  const info = await stat(target);
  const targetKind = info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
  return { kind: 'link', path: relative, target, insideContent: isInside(target, contentRoot), targetKind };
}

function isInside(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

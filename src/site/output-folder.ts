import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The file every Daybook output folder carries, so a later build knows the folder is its own
 * to replace. A folder without it that holds anything is someone else's: `--out .` once
 * replaced a whole project, .git and unsaved drafts included (issue 12).
 */
export const OUTPUT_MARKER = '.daybook-output';

/** A folder the build was told to write that it must not touch; the CLI prints it and exits 2. */
export class OutputFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputFolderError';
  }
}

export interface ProtectedFolders {
  contentDir: string;
  /** The project the build runs in (the folder with package.json) and the working folder. */
  projectDirs: readonly string[];
  cacheDir: string | undefined;
}

/**
 * Refuses an output folder the build would destroy by replacing it: one that is, holds or lies
 * inside the content or the cache, one that is or holds the project, a link, a file, or a
 * folder with files in it that no Daybook build wrote.
 */
export function assertReplaceableOutputFolder(outDir: string, protectedFolders: ProtectedFolders): void {
  assertSafeOutputFolder(outDir, protectedFolders, { replaces: true });
}

/**
 * For the dev server's preview folder, which is written into but never replaced: the same
 * folders are refused, but one holding files of its own is not (Eleventy adds to it).
 */
export function assertWritableOutputFolder(outDir: string, protectedFolders: ProtectedFolders): void {
  assertSafeOutputFolder(outDir, protectedFolders, { replaces: false });
}

function assertSafeOutputFolder(outDir: string, protectedFolders: ProtectedFolders, how: { replaces: boolean }): void {
  const target = realPathOfPossiblyMissing(outDir);
  const shown = path.relative(process.cwd(), outDir) || '.';
  const refuse = (why: string): never => {
    throw new OutputFolderError(`Refusing to build into ${shown}/: ${why}. Choose another --out folder, such as ${how.replaces ? 'dist' : '.dev'}.`);
  };
  for (const project of protectedFolders.projectDirs) {
    if (isInsideOrSame(target, realPathOfPossiblyMissing(project))) refuse(`it holds the project ${displayPath(project)}/, which would be deleted`);
  }
  const content = realPathOfPossiblyMissing(protectedFolders.contentDir);
  if (overlaps(target, content)) refuse(`it overlaps the content folder ${displayPath(protectedFolders.contentDir)}/, which would be deleted`);
  if (protectedFolders.cacheDir !== undefined) {
    const cache = realPathOfPossiblyMissing(protectedFolders.cacheDir);
    if (overlaps(target, cache)) refuse(`it overlaps the build cache ${displayPath(protectedFolders.cacheDir)}/`);
  }
  const entry = lstatOrUndefined(outDir);
  if (entry === undefined) return;
  if (entry.isSymbolicLink()) refuse('it is a link; the build replaces folders, never what a link points to');
  if (!entry.isDirectory()) refuse('it is a file, not a folder');
  const names = readdirSync(outDir);
  if (how.replaces && names.length > 0 && !names.includes(OUTPUT_MARKER)) {
    refuse(`it holds files that no Daybook build wrote (no ${OUTPUT_MARKER} file), and building replaces the whole folder`);
  }
}

function overlaps(a: string, b: string): boolean {
  return isInsideOrSame(a, b) || isInsideOrSame(b, a);
}

/** Whether `inner` is `outer` or lies somewhere below it. */
function isInsideOrSame(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The real path of a folder that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
function realPathOfPossiblyMissing(folder: string): string {
  const absolute = path.resolve(folder);
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...missing.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return absolute;
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function displayPath(folder: string): string {
  return path.relative(process.cwd(), folder) || '.';
}

import type { ContentProblem } from './problems.ts';
import type { Story } from './story.ts';

/** The folder under content/ whose files are published at /images/. */
export const IMAGES_FOLDER = 'images';

/** One entry of content/images/, as listed on disk (image-listing.ts). */
export type ImageEntry =
  | { kind: 'file'; path: string; source: string }
  | { kind: 'link'; path: string; target: string; insideContent: boolean; targetKind: 'file' | 'folder' | 'missing' | 'other' }
  | { kind: 'other'; path: string };

/** A story's use of a file under /images/: its image field, or an img, link or srcset in its text. */
export interface ImageUse {
  /** Path under content/images/, forward slashes: "maps/gulf.svg" for /images/maps/gulf.svg. */
  path: string;
  file: string;
  field: 'image' | undefined;
}

/** A regular file to copy into the output's images/ folder. */
export interface PublishedImage {
  /** Path under images/, forward slashes. */
  path: string;
  /** Absolute path of the bytes to copy (a link inside content/ is copied from its target). */
  source: string;
}

export interface ImagePlan {
  publish: PublishedImage[];
  problems: ContentProblem[];
}

export interface ImagePlanInput {
  entries: readonly ImageEntry[];
  /** Uses by the stories (and pages) this build publishes. */
  published: readonly ImageUse[];
  /** Uses by stories held back: drafts and scheduled stories. */
  heldBack: readonly ImageUse[];
  /** How messages name content/images/ ("content/images"). */
  displayDir: string;
}

/**
 * Which files of content/images/ this build publishes, and what is wrong with the folder.
 * Only regular files are published, copied: a link to a file outside content/ (/etc/hostname)
 * is refused, since the published copy would carry that file. An image is published when a
 * published story or page uses it, or when no story uses it at all (a logo, a file linked
 * from elsewhere); one used only by drafts or scheduled stories waits for them, so it is not
 * at /images/... before the story is out.
 */
export function planImages(input: ImagePlanInput): ImagePlan {
  const problems: ContentProblem[] = [];
  const candidates = new Map<string, string>();
  for (const entry of input.entries) {
    const shown = `${input.displayDir}/${entry.path}`;
    if (entry.kind === 'file') candidates.set(entry.path, entry.source);
    else if (entry.kind === 'other') problems.push({ severity: 'warning', file: shown, message: 'is not a regular file (a device, socket or pipe) and is not published.' });
    else if (!entry.insideContent) {
      problems.push({
        severity: 'error',
        file: shown,
        message: `is a link to ${entry.target}, outside content/: publishing it would publish that file. Copy the image itself into ${input.displayDir}/ instead of linking it.`,
      });
    } else if (entry.targetKind === 'file') candidates.set(entry.path, entry.target);
    else if (entry.targetKind === 'missing') problems.push({ severity: 'error', file: shown, message: `is a link to ${entry.target}, which does not exist; remove the link or copy the image in.` });
    else problems.push({ severity: 'warning', file: shown, message: `is a link to a folder or special file (${entry.target}); links are followed to files only, so it is not published.` });
  }

  const usedByPublished = new Set(input.published.map((use) => use.path));
  const usedByHeldBack = new Set(input.heldBack.map((use) => use.path));
  const refused = new Set(input.entries.filter((entry) => entry.kind !== 'file').map((entry) => entry.path));
  for (const use of [...input.published, ...input.heldBack]) {
    if (candidates.has(use.path) || refused.has(use.path)) continue;
    problems.push(
      use.field === 'image'
        ? { severity: 'error', file: use.file, field: 'image', message: `found /images/${use.path}, which is not a file in ${input.displayDir}/; add the file there or correct the path.` }
        : { severity: 'warning', file: use.file, message: `links to /images/${use.path}, which is not a file in ${input.displayDir}/; readers would get a broken image or link.` },
    );
  }
  const publish = [...candidates]
    .filter(([imagePath]) => usedByPublished.has(imagePath) || !usedByHeldBack.has(imagePath))
    .map(([imagePath, source]) => ({ path: imagePath, source }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { publish, problems: dedupe(problems) };
}

const usesByStory = new WeakMap<Story, ImageUse[]>();

/**
 * The files under /images/ a story uses: its `image:` and every src, href, poster or srcset
 * in its text that starts with /images/. Kept per story object (the loader reuses unchanged
 * stories between dev-server reloads).
 */
export function imageUsesOf(story: Story): ImageUse[] {
  // Most stories show no image: nothing to work out or remember for them.
  if (story.image === undefined && story.imagesInText.length === 0) return [];
  let uses = usesByStory.get(story);
  if (uses === undefined) {
    const fromImage = story.image === undefined ? [] : [imagePathOf(story.image.src)].map((path) => ({ path, field: 'image' as const }));
    const fromText = story.imagesInText.map((sitePath) => ({ path: imagePathOf(sitePath), field: undefined }));
    uses = [...fromImage, ...fromText]
      .filter((use): use is { path: string; field: 'image' | undefined } => use.path !== undefined)
      .map((use) => ({ ...use, file: story.file }));
    usesByStory.set(story, uses);
  }
  return uses;
}

/** A use of an image by the site itself, e.g. site.yml's publisher.logo. */
export function siteImageUse(sitePath: string | undefined, file: string): ImageUse[] {
  const imagePath = sitePath === undefined ? undefined : imagePathOf(sitePath);
  return imagePath === undefined ? [] : [{ path: imagePath, file, field: undefined }];
}

/** "/images/maps/gulf%20lanes.svg?v=2" -> "maps/gulf lanes.svg"; undefined for anything not under /images/. */
function imagePathOf(sitePath: string): string | undefined {
  const prefix = `/${IMAGES_FOLDER}/`;
  if (!sitePath.startsWith(prefix)) return undefined;
  const bare = sitePath.slice(prefix.length).replace(/[?#].*$/, '').replaceAll('&amp;', '&');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

const URL_ATTRIBUTE = /\s(?:src|href|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
const SRCSET_ATTRIBUTE = /\ssrcset\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** The src, href, poster and srcset URLs of `html` that point under /images/ (found once, when a story is parsed: see Story.imagesInText). */
export function imagePathsInHtml(html: string): string[] {
  const prefix = `/${IMAGES_FOLDER}/`;
  if (!html.includes(prefix)) return [];
  return sitePathsInHtml(html).filter((sitePath) => sitePath.startsWith(prefix));
}

function sitePathsInHtml(html: string): string[] {
  const paths: string[] = [];
  for (const match of html.matchAll(URL_ATTRIBUTE)) paths.push((match[1] ?? match[2] ?? match[3] ?? '').trim());
  for (const match of html.matchAll(SRCSET_ATTRIBUTE)) {
    for (const candidate of (match[1] ?? match[2] ?? '').split(',')) paths.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  return paths;
}

function dedupe(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\0${problem.field ?? ''}\0${problem.message}`;
    return !seen.has(key) && seen.add(key);
  });
}

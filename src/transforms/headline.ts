/**
 * The longest headline structured data carries. Google's article rich results long required
 * at most 110 characters and still cut longer ones; a check-time warning (see
 * src/content/headline-length.ts) tells the editor before it comes to that.
 */
export const HEADLINE_MAX_CHARACTERS = 110;

/**
 * The headline whole when it fits, else cut after the last word that fits, with an ellipsis,
 * within `max` characters (code points, so an emoji or accent is never split in two).
 */
export function headlineWithin(title: string, max = HEADLINE_MAX_CHARACTERS): string {
  const characters = [...title.trim()];
  if (characters.length <= max) return characters.join('');
  const room = characters.slice(0, max - 1).join('');
  // Cut at the last space only if it keeps most of the headline; one 110-letter word is cut where it must be.
  const lastSpace = room.search(/\s\S*$/);
  const kept = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${kept.replace(/[\s,;:—–-]+$/u, '')}…`;
}

import { isUtf8 } from 'node:buffer';
import type { ContentProblem } from './problems.ts';

export type StoryTextResult = { ok: true; text: string } | { ok: false; problem: ContentProblem };

/**
 * A story file's bytes as text. Only UTF-8 is accepted: decoding anything else replaces
 * every unreadable byte with U+FFFD, and those would be published as "�" in the story.
 */
export function decodeStoryText(bytes: Uint8Array, file: string): StoryTextResult {
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return {
    ok: false,
    problem: {
      severity: 'error',
      file,
      line: utf16 ? 1 : firstLineNotUtf8(bytes),
      message: utf16
        ? 'is saved as UTF-16; save it as UTF-8 (in most editors: "Save with encoding", UTF-8).'
        : 'is not valid UTF-8 text (perhaps saved as Windows-1252 or Latin-1); save it as UTF-8 and check the characters on this line.',
    },
  };
}

/** The 1-based line holding the first byte that is not UTF-8: a newline byte never occurs inside a UTF-8 character. */
function firstLineNotUtf8(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    if (!isUtf8(bytes.subarray(start, index))) return line;
    line += 1;
    start = index + 1;
  }
  return line;
}

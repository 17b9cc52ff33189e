import { paragraphUnits } from './units.ts';

/** The summary's first sentence (a whole quotation when it spans sentences), for one-line teasers. */
export function dek(summary: string): string {
  const first = paragraphUnits(summary.trim())[0];
  return first?.text ?? '';
}

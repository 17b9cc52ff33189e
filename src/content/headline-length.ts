import { HEADLINE_MAX_CHARACTERS, headlineWithin } from '../transforms/headline.ts';
import type { ContentProblem } from './problems.ts';

/** A headline over the structured-data limit is published, but the editor hears how it will be cut. */
export function headlineLengthProblems(title: string, file: string): ContentProblem[] {
  const length = [...title.trim()].length;
  if (length <= HEADLINE_MAX_CHARACTERS) return [];
  return [
    {
      severity: 'warning',
      file,
      field: 'title',
      message:
        `is ${length} characters long; search engines show at most ${HEADLINE_MAX_CHARACTERS}, so the page's structured data ` +
        `(JSON-LD) carries "${headlineWithin(title)}". Shorten the headline to ${HEADLINE_MAX_CHARACTERS} characters to keep it whole.`,
    },
  ];
}

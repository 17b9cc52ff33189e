export interface SummaryOptions {
  maxWords: number;
  maxSentences: number;
}

/** About the length of a news "highlights" summary: long enough to carry the lead, short enough for a card. */
export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = Object.freeze({ maxWords: 60, maxSentences: 2 });

export function resolveSummaryOptions(overrides: Partial<SummaryOptions> = {}): SummaryOptions {
  const maxWords = overrides.maxWords ?? DEFAULT_SUMMARY_OPTIONS.maxWords;
  const maxSentences = overrides.maxSentences ?? DEFAULT_SUMMARY_OPTIONS.maxSentences;
  if (!Number.isInteger(maxWords) || maxWords < 1) {
    throw new RangeError(`maxWords must be a positive integer, got ${String(maxWords)}`);
  }
  if (!Number.isInteger(maxSentences) || maxSentences < 1) {
    throw new RangeError(`maxSentences must be a positive integer, got ${String(maxSentences)}`);
  }
  return { maxWords, maxSentences };
}

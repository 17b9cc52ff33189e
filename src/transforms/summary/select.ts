import { textRankScores } from './centrality.ts';
import type { SummaryOptions } from './options.ts';
import type { SentenceUnit } from './units.ts';

/** Too short to carry news on its own ("He declined.") */
const MIN_USEFUL_WORDS = 5;
/** Only the opening of a news story is searched: later sentences are background, rarely the news. */
const CANDIDATE_WINDOW = 8;
/**
 * A later sentence replaces the next lead sentence only when this much more central, after the position prior.
 * Measured on real news (CNN highlights, BBC one-liners) as well as the dev set: a lower bar swaps in
 * background sentences that readers' summaries leave out.
 */
const CLEARLY_MORE_CENTRAL = 2.5;
/**
 * "About" maxWords: the sentence that follows the summary so far in story order may take it this far past
 * maxWords (a fifth: 72 words for 60). Jumping ahead to a shorter sentence that fits breaks the lead's
 * thread, and running a few words over reads better than that; any other sentence must fit within maxWords.
 */
export const CONTINUATION_OVERFLOW = 0.2;
/** Centrality is judged against the story's first units only, which bounds the graph for very long stories. */
const RANKED_UNITS = 30;

function isUsable(unit: SentenceUnit): boolean {
  return unit.balanced && unit.words >= MIN_USEFUL_WORDS;
}

/** Earlier sentences in news carry the news: the prior halves by the fifth unit. */
function positionPrior(position: number): number {
  return 1 / (1 + position / 4);
}

/**
 * Whether selectUnits has all it can look at among a story's first units: enough to rank
 * (RANKED_UNITS) and to reach CANDIDATE_WINDOW past the lead. Units beyond change nothing, so a
 * long story need not be split into sentences to its end.
 */
export function unitsSuffice(units: readonly SentenceUnit[]): boolean {
  if (units.length < RANKED_UNITS) return false;
  const lead = units.find(isUsable);
  return lead !== undefined && units.length >= lead.position + CANDIDATE_WINDOW;
}

/**
 * Lead-first selection: the first usable unit always opens the summary; the rest of the budget goes
 * to the next lead unit unless a nearby unit is clearly more central, and a unit that does not fit is
 * skipped for a later one that does, so the summary fills its word budget without cutting a sentence.
 */
export function selectUnits(units: readonly SentenceUnit[], options: SummaryOptions): SentenceUnit[] {
  const usable = units.filter(isUsable);
  const fallback = usable.length > 0 ? usable : units.filter((unit) => unit.balanced);
  const lead = fallback[0];
  if (!lead) return [];

  const selected: SentenceUnit[] = [lead];
  let words = lead.words;
  let sentences = lead.sentenceCount;
  const centrality = textRankScores(units.slice(0, RANKED_UNITS).map((unit) => unit.text));
  const score = (unit: SentenceUnit): number => (centrality[unit.position] ?? 0) * positionPrior(unit.position);

  const overflowLimit = Math.floor(options.maxWords * (1 + CONTINUATION_OVERFLOW));
  let candidates = usable.filter((unit) => unit !== lead && unit.position < lead.position + CANDIDATE_WINDOW);
  while (sentences < options.maxSentences) {
    const continuation = candidates.find((unit) => unit.position > lead.position);
    const fitting = candidates.filter(
      (unit) => sentences + unit.sentenceCount <= options.maxSentences
        && (words + unit.words <= options.maxWords || (unit === continuation && words + unit.words <= overflowLimit)),
    );
    const nextLead = fitting[0];
    if (!nextLead) break;
    const mostCentral = fitting.reduce((best, unit) => (score(unit) > score(best) ? unit : best), nextLead);
    const chosen = score(mostCentral) >= CLEARLY_MORE_CENTRAL * score(nextLead) ? mostCentral : nextLead;
    selected.push(chosen);
    words += chosen.words;
    sentences += chosen.sentenceCount;
    candidates = candidates.filter((unit) => unit !== chosen);
  }
  return selected.sort((left, right) => left.position - right.position);
}

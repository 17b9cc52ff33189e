import { textRankScores } from './centrality.ts';
import type { SummaryOptions } from './options.ts';
import type { SentenceUnit } from './units.ts';

/** Too short to carry news on its own ("He declined.") */
const MIN_USEFUL_WORDS = 5;
/** Only the opening of a news story is searched: later sentences are background, rarely the news. */
const CANDIDATE_WINDOW = 8;
/** A later sentence replaces the next lead sentence only when this much more central, after the position prior. */
const CLEARLY_MORE_CENTRAL = 1.5;
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

  let candidates = usable.filter((unit) => unit !== lead && unit.position < lead.position + CANDIDATE_WINDOW);
  while (sentences < options.maxSentences) {
    const fitting = candidates.filter(
      (unit) => words + unit.words <= options.maxWords && sentences + unit.sentenceCount <= options.maxSentences,
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

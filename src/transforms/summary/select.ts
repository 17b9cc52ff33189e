import { directedCentrality, PACSUM_WEIGHTS, type CentralityWeights } from './centrality.ts';
import type { SummaryOptions } from './options.ts';
import type { SentenceUnit } from './units.ts';

/** Too short to carry news on its own ("He declined.") */
const MIN_USEFUL_WORDS = 5;
/** Only the opening of a news story competes: later sentences are background, rarely the news. */
const CANDIDATES = 12;
/** A selection may run this far past maxWords (a fifth: 72 words for 60) rather than stop short with budget left. */
export const WORD_ALLOWANCE = 0.2;

/**
 * How a unit is scored: position prior × (1 + centrality weight × centrality) × style × length.
 * The values in DEFAULT_SELECTION_WEIGHTS were chosen on the tuning set (README "Summaries").
 */
export interface SelectionWeights {
  /** Usable sentences after which the position prior has halved. */
  positionHalfLife: number;
  centralityWeight: number;
  pacsum: CentralityWeights;
  /** Factors for sentences readers' summaries leave out even when central. */
  question: number;
  exclamation: number;
  quoteLed: number;
  firstPerson: number;
  /** Opening with a pronoun ("It hosted …", "Because it is …"): the sentence leans on one before it that the summary may not have. */
  leansBack: number;
  /** Words below which a sentence is discounted, in proportion to how far short it falls (0 for none). */
  fullLengthWords: number;
  /** Two picks sharing this share of their content terms say the same thing; the second is left out. */
  redundancy: number;
}

export const DEFAULT_SELECTION_WEIGHTS: SelectionWeights = Object.freeze({
  positionHalfLife: 8,
  centralityWeight: 6,
  pacsum: PACSUM_WEIGHTS,
  question: 0.3,
  exclamation: 0.5,
  quoteLed: 0.6,
  firstPerson: 0.8,
  leansBack: 0.8,
  fullLengthWords: 10,
  redundancy: 0.8,
});

function isUsable(unit: SentenceUnit): boolean {
  return unit.balanced && !unit.listed && unit.words >= MIN_USEFUL_WORDS;
}

/**
 * Whether selectUnits has all it can look at among a story's first units. Units beyond change
 * nothing, so a long story need not be split into sentences to its end.
 */
export function unitsSuffice(units: readonly SentenceUnit[]): boolean {
  let usable = 0;
  for (const unit of units) if (isUsable(unit) && (usable += 1) >= CANDIDATES) return true;
  return false;
}

/** News puts its point first: the prior falls with each usable sentence before this one. */
function positionPrior(rank: number, weights: SelectionWeights): number {
  return 1 / (1 + rank / weights.positionHalfLife);
}

/**
 * A first word that refers to something said before: a pronoun ("It hosted …", "Because it is …")
 * or a connective ("But David Beckham proved …", "However, …"), which answers a sentence the summary may not have.
 */
const LEANS_BACK = /^["“‘']?(?:(?:(?:And|But|Because|So|Yet|Still|Instead|However,?)\s+)?(?:It|He|She|They|This|That|These|Those|His|Her|Its|Their|Such)\b|(?:And|But|Yet|However|Instead|Meanwhile|Nevertheless|Nonetheless|Moreover|Furthermore|Besides|Otherwise|Also)\b|Still,)/;

/**
 * What readers' summaries leave out even when it is central: questions, exclamations, quotations
 * and first-person asides read as colour, not as the news.
 */
function styleFactor(unit: SentenceUnit, weights: SelectionWeights): number {
  let factor = 1;
  const text = unit.text;
  if (/\?["”’')]*$/.test(text)) factor *= weights.question;
  if (/!["”’')]*$/.test(text)) factor *= weights.exclamation;
  if (/^["“‘']/.test(text)) factor *= weights.quoteLed;
  if (/(?:^|\s)(?:I|I'm|I’m|I've|I’ve|we|We|you|You)\s/.test(text.replace(/["“][^"”]*["”]/g, ''))) factor *= weights.firstPerson;
  if (LEANS_BACK.test(text)) factor *= weights.leansBack;
  return factor;
}

function lengthFactor(unit: SentenceUnit, weights: SelectionWeights): number {
  return weights.fullLengthWords > 0 ? Math.min(1, unit.words / weights.fullLengthWords) : 1;
}

function overlap(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const term of left) if (right.has(term)) shared += 1;
  return shared / Math.min(left.size, right.size);
}

/**
 * Scores the opening's usable units by position, directed centrality, style and length, then takes
 * the best that fit the budget and do not repeat an earlier pick, and returns them in story order.
 * The summary fills its budget with whole sentences: one that would run past the allowance is
 * skipped for a shorter one, and the best unit is kept even alone when it is longer than maxWords.
 */
export function selectUnits(units: readonly SentenceUnit[], options: SummaryOptions, weights: SelectionWeights = DEFAULT_SELECTION_WEIGHTS): SentenceUnit[] {
  const usable = units.filter(isUsable);
  const pool = (usable.length > 0 ? usable : units.filter((unit) => unit.balanced)).slice(0, CANDIDATES);
  if (pool.length === 0) return [];
  const termLists = pool.map((unit) => unit.terms);
  const centrality = directedCentrality(termLists, weights.pacsum);
  const ranked = pool
    .map((unit, rank) => ({
      unit,
      terms: new Set(termLists[rank]),
      score: positionPrior(rank, weights) * (1 + weights.centralityWeight * (centrality[rank] ?? 0)) * styleFactor(unit, weights) * lengthFactor(unit, weights),
    }))
    .sort((left, right) => right.score - left.score);

  const wordLimit = Math.floor(options.maxWords * (1 + WORD_ALLOWANCE));
  const selected: typeof ranked = [];
  let words = 0;
  let sentences = 0;
  for (const candidate of ranked) {
    if (sentences >= options.maxSentences) break;
    const { unit } = candidate;
    const fits = sentences + unit.sentenceCount <= options.maxSentences && words + unit.words <= wordLimit;
    if (selected.length > 0 && !fits) continue;
    if (selected.some((earlier) => overlap(candidate.terms, earlier.terms) >= weights.redundancy)) continue;
    selected.push(candidate);
    words += unit.words;
    sentences += unit.sentenceCount;
  }
  return selected.map(({ unit }) => unit).sort((left, right) => left.position - right.position);
}

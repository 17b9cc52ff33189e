import { porterStem } from './porter-stem.ts';

/**
 * ROUGE as Google's rouge-score computes it (the package behind published summarization
 * figures): lowercase, runs of a-z0-9 as tokens, Porter stems for tokens over three characters,
 * clipped n-gram overlap, LCS for ROUGE-L and the union LCS of Lin (2004) for ROUGE-Lsum; F1.
 */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
  rougeLsum: RougeScore;
}

export interface RougeOptions {
  /** Porter stemming, as published figures use (rouge-score's use_stemmer=True). */
  stem: boolean;
}

const PUBLISHED: RougeOptions = { stem: true };

export function rougeTokens(text: string, options: RougeOptions = { stem: false }): string[] {
  const tokens = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return options.stem ? tokens.map(porterStem) : tokens;
}

function score(overlap: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal === 0 ? 0 : overlap / candidateTotal;
  const recall = referenceTotal === 0 ? 0 : overlap / referenceTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let start = 0; start + n <= tokens.length; start += 1) {
    const gram = tokens.slice(start, start + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function rougeNTokens(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const candidateGrams = ngramCounts(candidate, n);
  const referenceGrams = ngramCounts(reference, n);
  let overlap = 0;
  // Clipped: a candidate n-gram counts at most as often as it appears in the reference.
  for (const [gram, count] of candidateGrams) overlap += Math.min(count, referenceGrams.get(gram) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsTable(left: readonly string[], right: readonly string[]): Int32Array[] {
  const table = Array.from({ length: left.length + 1 }, () => new Int32Array(right.length + 1));
  for (let row = 1; row <= left.length; row += 1) {
    const current = table[row] as Int32Array;
    const previous = table[row - 1] as Int32Array;
    for (let column = 1; column <= right.length; column += 1) {
      current[column] = left[row - 1] === right[column - 1]
        ? (previous[column - 1] as number) + 1
        : Math.max(previous[column] as number, current[column - 1] as number);
    }
  }
  return table;
}

/** Length of the longest common subsequence. */
export function lcsLength(left: readonly string[], right: readonly string[]): number {
  return lcsTable(left, right)[left.length]?.[right.length] ?? 0;
}

/** Indices into `reference` of one LCS with `candidate`, chosen as rouge-score's backtrack chooses it. */
export function lcsIndices(reference: readonly string[], candidate: readonly string[]): number[] {
  const table = lcsTable(reference, candidate);
  const indices: number[] = [];
  let row = reference.length;
  let column = candidate.length;
  while (row > 0 && column > 0) {
    if (reference[row - 1] === candidate[column - 1]) {
      indices.push(row - 1);
      row -= 1;
      column -= 1;
    } else if ((table[row]?.[column - 1] ?? 0) > (table[row - 1]?.[column] ?? 0)) {
      column -= 1;
    } else {
      row -= 1;
    }
  }
  return indices.reverse();
}

export function rougeLTokens(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/**
 * Summary-level ROUGE-L (ROUGE-Lsum): for each reference sentence, the union of its LCS with every
 * candidate sentence; each token counts at most as often as it occurs on both sides.
 */
export function rougeLsumTokens(candidate: readonly string[][], reference: readonly string[][]): RougeScore {
  const referenceTotal = reference.reduce((sum, sentence) => sum + sentence.length, 0);
  const candidateTotal = candidate.reduce((sum, sentence) => sum + sentence.length, 0);
  if (referenceTotal === 0 || candidateTotal === 0) return score(0, candidateTotal, referenceTotal);
  const unused = (sentences: readonly string[][]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const sentence of sentences) for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  };
  const referenceLeft = unused(reference);
  const candidateLeft = unused(candidate);
  let hits = 0;
  for (const sentence of reference) {
    const union = new Set<number>();
    for (const candidateSentence of candidate) for (const index of lcsIndices(sentence, candidateSentence)) union.add(index);
    for (const index of [...union].sort((left, right) => left - right)) {
      const token = sentence[index] as string;
      if ((candidateLeft.get(token) ?? 0) > 0 && (referenceLeft.get(token) ?? 0) > 0) {
        hits += 1;
        candidateLeft.set(token, (candidateLeft.get(token) ?? 0) - 1);
        referenceLeft.set(token, (referenceLeft.get(token) ?? 0) - 1);
      }
    }
  }
  return score(hits, candidateTotal, referenceTotal);
}

export function rougeN(candidate: string, reference: string, n: number, options?: RougeOptions): RougeScore {
  return rougeNTokens(rougeTokens(candidate, options), rougeTokens(reference, options), n);
}

export function rougeL(candidate: string, reference: string, options?: RougeOptions): RougeScore {
  return rougeLTokens(rougeTokens(candidate, options), rougeTokens(reference, options));
}

/** Sentences are the text's lines, as in rouge-score; lines without a token are dropped. */
function sentenceTokens(text: string, options: RougeOptions): string[][] {
  return text.split('\n').map((line) => rougeTokens(line, options)).filter((tokens) => tokens.length > 0);
}

export function rougeLsum(candidate: string, reference: string, options?: RougeOptions): RougeScore {
  const resolved = options ?? { stem: false };
  return rougeLsumTokens(sentenceTokens(candidate, resolved), sentenceTokens(reference, resolved));
}

/** All four scores; texts carry one sentence per line for ROUGE-Lsum. Stemming is on unless turned off. */
export function rougeScores(candidate: string, reference: string, options: RougeOptions = PUBLISHED): RougeScores {
  const candidateTokens = rougeTokens(candidate, options);
  const referenceTokens = rougeTokens(reference, options);
  return {
    rouge1: rougeNTokens(candidateTokens, referenceTokens, 1),
    rouge2: rougeNTokens(candidateTokens, referenceTokens, 2),
    rougeL: rougeLTokens(candidateTokens, referenceTokens),
    rougeLsum: rougeLsumTokens(sentenceTokens(candidate, options), sentenceTokens(reference, options)),
  };
}

/** ROUGE as defined by Lin (2004): lowercase, alphanumeric tokens, clipped n-gram overlap, LCS for ROUGE-L; F1 (beta = 1). */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
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

/** Length of the longest common subsequence, in two rows of memory. */
export function lcsLength(left: readonly string[], right: readonly string[]): number {
  let previous = new Array<number>(right.length + 1).fill(0);
  for (const leftToken of left) {
    const current = new Array<number>(right.length + 1).fill(0);
    for (let column = 1; column <= right.length; column += 1) {
      current[column] = leftToken === right[column - 1]
        ? (previous[column - 1] ?? 0) + 1
        : Math.max(previous[column] ?? 0, current[column - 1] ?? 0);
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

export function rougeLTokens(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  return rougeNTokens(rougeTokens(candidate), rougeTokens(reference), n);
}

export function rougeL(candidate: string, reference: string): RougeScore {
  return rougeLTokens(rougeTokens(candidate), rougeTokens(reference));
}

export function rougeScores(candidate: string, reference: string): RougeScores {
  const candidateTokens = rougeTokens(candidate);
  const referenceTokens = rougeTokens(reference);
  return {
    rouge1: rougeNTokens(candidateTokens, referenceTokens, 1),
    rouge2: rougeNTokens(candidateTokens, referenceTokens, 2),
    rougeL: rougeLTokens(candidateTokens, referenceTokens),
  };
}

/** Function words carry no topic, so they are left out of sentence similarity. */
const STOPWORDS = new Set(
  ('a an the and or but if then than so of to in on at by for with from into onto over under about after before '
    + 'as is are was were be been being am has have had do does did will would shall should can could may might must '
    + 'it its this that these those he she they we i you his her their our my your him them us me who whom whose which '
    + 'what when where why how not no nor also just more most very said says say told according there here up out '
    + 'all any some one two new mr mrs ms dr s t').split(' '),
);

export function contentTerms(sentence: string): string[] {
  const terms: string[] = [];
  for (const token of sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (STOPWORDS.has(token) || token.length < 2) continue;
    // A light plural fold so "troops" and "troop" meet; anything heavier belongs to an NLP library.
    terms.push(token.length > 3 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token);
  }
  return terms;
}

/** TextRank's overlap similarity: shared terms normalised by sentence lengths so long sentences don't win by size. */
function similarity(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size < 2 || right.size < 2) return 0;
  let shared = 0;
  for (const term of left) if (right.has(term)) shared += 1;
  return shared === 0 ? 0 : shared / (Math.log(left.size) + Math.log(right.size));
}

const DAMPING = 0.85;
const ITERATIONS = 30;

const CONVERGED = 1e-4;

interface Edge {
  source: number;
  /** Share of the source's outgoing weight that flows along this edge. */
  share: number;
}

/** PageRank over the sentence-similarity graph; scores sum to the sentence count so 1 is "average". */
export function textRankScores(sentences: readonly string[]): number[] {
  const count = sentences.length;
  if (count === 0) return [];
  const termSets = sentences.map((sentence) => new Set(contentTerms(sentence)));
  const weights: number[][] = termSets.map(() => new Array<number>(count).fill(0));
  const outWeight = new Array<number>(count).fill(0);
  for (let row = 0; row < count; row += 1) {
    for (let column = row + 1; column < count; column += 1) {
      const weight = similarity(termSets[row] ?? new Set(), termSets[column] ?? new Set());
      if (weight === 0) continue;
      (weights[row] as number[])[column] = weight;
      (weights[column] as number[])[row] = weight;
      outWeight[row] = (outWeight[row] ?? 0) + weight;
      outWeight[column] = (outWeight[column] ?? 0) + weight;
    }
  }
  // Sparse incoming edges: most sentence pairs share no content word.
  const incoming: Edge[][] = Array.from({ length: count }, () => []);
  weights.forEach((row, source) => {
    row.forEach((weight, target) => {
      if (weight > 0) incoming[target]?.push({ source, share: weight / (outWeight[source] ?? 1) });
    });
  });
  let scores = new Array<number>(count).fill(1);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const next = incoming.map((edges) => {
      let flow = 0;
      for (const edge of edges) flow += edge.share * (scores[edge.source] ?? 0);
      return 1 - DAMPING + DAMPING * flow;
    });
    const change = next.reduce((sum, score, index) => sum + Math.abs(score - (scores[index] ?? 0)), 0);
    scores = next;
    if (change < CONVERGED * count) break;
  }
  return scores;
}

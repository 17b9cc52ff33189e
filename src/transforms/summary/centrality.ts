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

/** PageRank over the sentence-similarity graph; scores sum to the sentence count so 1 is "average". */
export function textRankScores(sentences: readonly string[]): number[] {
  const count = sentences.length;
  if (count === 0) return [];
  const termSets = sentences.map((sentence) => new Set(contentTerms(sentence)));
  const weights: number[][] = termSets.map((left, row) =>
    termSets.map((right, column) => (row === column ? 0 : similarity(left, right))),
  );
  const outWeight = weights.map((row) => row.reduce((sum, weight) => sum + weight, 0));
  let scores = new Array<number>(count).fill(1);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    scores = scores.map((_, target) => {
      let incoming = 0;
      for (let source = 0; source < count; source += 1) {
        const weight = weights[source]?.[target] ?? 0;
        const total = outWeight[source] ?? 0;
        if (weight > 0 && total > 0) incoming += (weight / total) * (scores[source] ?? 0);
      }
      return 1 - DAMPING + DAMPING * incoming;
    });
  }
  return scores;
}

/** Function words carry no topic, so they are left out of sentence similarity. */
const STOPWORDS = new Set(
  ('a an the and or but if then than so of to in on at by for with from into onto over under about after before '
    + 'as is are was were be been being am has have had do does did will would shall should can could may might must '
    + 'it its this that these those he she they we i you his her their our my your him them us me who whom whose which '
    + 'what when where why how not no nor also just more most very said says say told according there here up out '
    + 'all any some one two new mr mrs ms dr s t').split(' '),
);

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** In ASCII text the letters and digits are a-z and 0-9, which a plain pattern finds faster than Unicode classes. */
function wordsOf(lowerCase: string): RegExpMatchArray | null {
  return ASCII_ONLY.test(lowerCase) ? lowerCase.match(/[a-z0-9]+/g) : lowerCase.match(/[\p{L}\p{N}]+/gu);
}

export function contentTerms(sentence: string): string[] {
  const terms: string[] = [];
  for (const token of wordsOf(sentence.toLowerCase()) ?? []) {
    if (STOPWORDS.has(token) || token.length < 2) continue;
    // A light plural fold so "troops" and "troop" meet; anything heavier belongs to an NLP library.
    terms.push(token.length > 3 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token);
  }
  return terms;
}

/** Each sentence's distinct terms as small integer ids, numbered per call, so overlaps are counted in arrays rather than sets. */
interface TermIds {
  /** Per sentence, the ids of its distinct terms. */
  lists: number[][];
  /** Ids run from 0 to termCount - 1. */
  termCount: number;
}

function termIds(sentences: readonly string[]): TermIds {
  const ids = new Map<string, number>();
  const lastSentenceOf: number[] = [];
  const lists = sentences.map((sentence, index) => {
    const list: number[] = [];
    for (const term of contentTerms(sentence)) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        lastSentenceOf.push(-1);
      }
      if (lastSentenceOf[id] !== index) {
        lastSentenceOf[id] = index;
        list.push(id);
      }
    }
    return list;
  });
  return { lists, termCount: ids.size };
}

/**
 * TextRank's overlap similarity of every sentence pair, as a dense count × count matrix: shared
 * terms normalised by sentence lengths so long sentences don't win by size.
 */
function similarityMatrix({ lists: terms, termCount }: TermIds): Float64Array {
  const count = terms.length;
  const weights = new Float64Array(count * count);
  // inRow[id] === row marks the terms of the row sentence while it is compared with the later ones.
  const inRow = new Int32Array(termCount).fill(-1);
  for (let row = 0; row < count; row += 1) {
    const left = terms[row] as number[];
    if (left.length < 2) continue;
    for (const id of left) inRow[id] = row;
    for (let column = row + 1; column < count; column += 1) {
      const right = terms[column] as number[];
      if (right.length < 2) continue;
      let shared = 0;
      for (const id of right) if (inRow[id] === row) shared += 1;
      if (shared === 0) continue;
      const weight = shared / (Math.log(left.length) + Math.log(right.length));
      weights[row * count + column] = weight;
      weights[column * count + row] = weight;
    }
  }
  return weights;
}

const DAMPING = 0.85;
const ITERATIONS = 30;

const CONVERGED = 1e-4;

/**
 * PageRank over the sentence-similarity graph; scores sum to the sentence count so 1 is "average".
 * The graph is a dense count × count matrix: stories rank at most a few dozen sentences. Sums run
 * in ascending sentence order, as they always have, so scores stay the same to the last bit.
 */
export function textRankScores(sentences: readonly string[]): number[] {
  const count = sentences.length;
  if (count === 0) return [];
  const weights = similarityMatrix(termIds(sentences));
  // shares[target * count + source]: the part of the source's outgoing weight that flows to the target.
  const shares = new Float64Array(count * count);
  for (let source = 0; source < count; source += 1) {
    let outWeight = 0;
    for (let target = 0; target < count; target += 1) outWeight += weights[source * count + target] as number;
    for (let target = 0; target < count; target += 1) {
      const weight = weights[source * count + target] as number;
      if (weight > 0) shares[target * count + source] = weight / outWeight;
    }
  }
  let scores = new Float64Array(count).fill(1);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const next = new Float64Array(count);
    let change = 0;
    for (let target = 0; target < count; target += 1) {
      let flow = 0;
      // Sentences that share nothing add exactly 0.
      for (let source = 0; source < count; source += 1) flow += (shares[target * count + source] as number) * (scores[source] as number);
      next[target] = 1 - DAMPING + DAMPING * flow;
      change += Math.abs((next[target] as number) - (scores[target] as number));
    }
    scores = next;
    if (change < CONVERGED * count) break;
  }
  return Array.from(scores);
}

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

/**
 * How much a sentence is echoed by the sentences after it (forward weight), minus how much it
 * echoes the ones before it (a negative backward weight), over TF-IDF cosine similarity, with no
 * trained weights: PACSUM's position-aware centrality (Zheng and Lapata 2019). News puts its point
 * first and elaborates after, so the sentence the rest of the story keeps coming back to, early,
 * is the one to keep. Scores are scaled so the most central sentence has 1.
 */
export function directedCentrality(termLists: readonly (readonly string[])[], pacsum: CentralityWeights = PACSUM_WEIGHTS): number[] {
  const count = termLists.length;
  if (count === 0) return [];
  // Terms as small integer ids, so vectors are arrays rather than maps.
  const ids = new Map<string, number>();
  const idLists = termLists.map((terms) => terms.map((term) => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = ids.size));
    return id;
  }));
  const documentFrequency = new Float64Array(ids.size);
  const lastSentence = new Int32Array(ids.size).fill(-1);
  idLists.forEach((list, sentence) => {
    for (const id of list) {
      if (lastSentence[id] !== sentence) documentFrequency[id] = (documentFrequency[id] as number) + 1;
      lastSentence[id] = sentence;
    }
  });
  // Per sentence, its TF-IDF vector as parallel arrays of ids and unit-length weights.
  const dense = new Float64Array(ids.size);
  const vectors = idLists.map((list) => {
    const unique = [...new Set(list)];
    for (const id of list) dense[id] = (dense[id] as number) + Math.log((count + 1) / (documentFrequency[id] as number));
    const weights = unique.map((id) => dense[id] as number);
    for (const id of unique) dense[id] = 0;
    const norm = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0)) || 1;
    return { ids: unique, weights: weights.map((weight) => weight / norm) };
  });
  const similarity = new Float64Array(count * count);
  let lowest = Infinity;
  let highest = -Infinity;
  for (let row = 0; row < count; row += 1) {
    const left = vectors[row] as (typeof vectors)[number];
    left.ids.forEach((id, index) => { dense[id] = left.weights[index] as number; });
    for (let column = row + 1; column < count; column += 1) {
      const right = vectors[column] as (typeof vectors)[number];
      let dot = 0;
      right.ids.forEach((id, index) => { dot += (dense[id] as number) * (right.weights[index] as number); });
      similarity[row * count + column] = dot;
      lowest = Math.min(lowest, dot);
      highest = Math.max(highest, dot);
    }
    for (const id of left.ids) dense[id] = 0;
  }
  // Only edges well above the story's typical similarity count (PACSUM's beta threshold).
  const threshold = count < 2 ? 0 : lowest + pacsum.edgeThreshold * (highest - lowest);
  const scores = new Array<number>(count).fill(0);
  for (let row = 0; row < count; row += 1) {
    for (let column = row + 1; column < count; column += 1) {
      const edge = Math.max(0, (similarity[row * count + column] as number) - threshold);
      scores[row] = (scores[row] as number) + pacsum.forward * edge;
      scores[column] = (scores[column] as number) + pacsum.backward * edge;
    }
  }
  const top = Math.max(...scores);
  return top > 0 ? scores.map((score) => Math.max(0, score) / top) : scores.map(() => 0);
}

/** PACSUM's lambda weights (credit for later sentences echoing this one, for echoing earlier ones) and its beta threshold (a share of the similarity range). */
export interface CentralityWeights {
  forward: number;
  backward: number;
  edgeThreshold: number;
}

/** Chosen on the real-news development sets (README "Summaries"): every similarity counts, none is thresholded away. */
export const PACSUM_WEIGHTS: CentralityWeights = Object.freeze({ forward: 1, backward: -1, edgeThreshold: 0 });

import porterStemmer from '@stdlib/nlp-porter-stemmer';

/**
 * rouge-score stems with NLTK's Porter stemmer, whose default mode adds a pool of irregular
 * forms to Martin Porter's algorithm; the rest of NLTK's extensions change rare words only.
 */
const NLTK_IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map([
  ['skies', 'sky'], ['sky', 'sky'], ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'], ['news', 'news'],
  ['innings', 'inning'], ['inning', 'inning'], ['outings', 'outing'], ['outing', 'outing'], ['cannings', 'canning'],
  ['canning', 'canning'], ['howe', 'howe'], ['proceed', 'proceed'], ['exceed', 'exceed'], ['succeed', 'succeed'],
]);

/** One lower-case token's Porter stem; rouge-score leaves tokens of three characters or fewer alone. */
export function porterStem(token: string): string {
  if (token.length <= 3) return token;
  return NLTK_IRREGULAR_FORMS.get(token) ?? porterStemmer(token);
}

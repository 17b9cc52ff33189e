import type { Random } from './prng.ts';
import {
  ACTIONS, ACTORS, HEADLINE_PREDICATES, HEADLINE_SUBJECTS, NUMBERS, PLACES, PROMO_LINES, TIMES, TOPICS, VERBS,
} from './vocabulary.ts';

/** Plausible news copy from templates: varied enough that sentence splitting and ranking do real work. */
const SENTENCE_TEMPLATES: ReadonlyArray<(random: Random) => string> = [
  (r) => `${r.pick(ACTORS)} ${r.pick(VERBS)} ${r.pick(ACTIONS)} ${r.pick(TIMES)}, according to people familiar with ${r.pick(TOPICS)}.`,
  (r) => `The decision affects ${r.pick(NUMBERS)}, officials in ${r.pick(PLACES)} said, though the details remain unsettled.`,
  (r) => `"We are not going to ${r.pick(ACTIONS)} without a clear plan," one senior official told reporters in ${r.pick(PLACES)}.`,
  (r) => `Critics said ${r.pick(TOPICS)} would do little to change the outlook, pointing to a rise of ${r.pick(NUMBERS)} since the spring.`,
  (r) => `In ${r.pick(PLACES)}, the reaction was more muted, with ${r.pick(ACTORS).toLowerCase()} saying they would wait for the final text.`,
  (r) => `Mr. Alvarez, who has followed ${r.pick(TOPICS)} for years, said the timing was "no accident" given the pressure on all sides.`,
  (r) => `The move comes after weeks of talks that stalled over ${r.pick(TOPICS)} and a dispute about ${r.pick(NUMBERS)} in new spending.`,
  (r) => `Markets took the news in stride on Wednesday, and U.S. stocks ended the session little changed.`,
  (r) => `${r.pick(ACTORS)} did not respond to requests for comment, and a spokesperson for the agency declined to elaborate.`,
  (r) => `It was not immediately clear how ${r.pick(TOPICS)} would be enforced, or whether courts in ${r.pick(PLACES)} would intervene.`,
  (r) => `Earlier drafts had proposed to ${r.pick(ACTIONS)}, a plan that drew objections from ${r.pick(ACTORS).toLowerCase()}.`,
  (r) => `Supporters argue the change could save ${r.pick(NUMBERS)} over the next decade, a figure independent analysts have questioned.`,
];

export function headline(random: Random): string {
  return `${random.pick(HEADLINE_SUBJECTS)} ${random.pick(HEADLINE_PREDICATES)}`;
}

function sentence(random: Random): string {
  return random.pick(SENTENCE_TEMPLATES)(random);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export interface BodyOptions {
  /** Words of story text to write, give or take one sentence. */
  words: number;
  /** Paste noise: a byline line, a dateline, promo and credit lines. */
  noisy: boolean;
  byline: string | undefined;
}

/** A Markdown story body of about `options.words` words, with headings, a quote and links as editors write. */
export function storyBody(random: Random, options: BodyOptions): string {
  const blocks: string[] = [];
  if (options.noisy && options.byline) blocks.push(options.byline);
  let written = 0;
  let paragraphIndex = 0;
  while (written < options.words) {
    // Sentence by sentence, so the body ends within one sentence of the length asked for.
    const sentences: string[] = [];
    const length = random.int(2, 4);
    while (sentences.length < length && written < options.words) {
      const next = sentences.length === 0 && paragraphIndex === 0 && options.noisy
        ? `${random.pick(PLACES).toUpperCase()} — ${sentence(random)}`
        : random.chance(0.05) ? `Read the [full statement](https://example.org/statements/${random.int(100, 999)}) for details.` : sentence(random);
      written += countWords(next);
      sentences.push(next);
    }
    blocks.push(sentences.join(' '));
    paragraphIndex += 1;
    const extras: string[] = [];
    if (paragraphIndex % 4 === 0) extras.push(`## ${headline(random)}`);
    if (paragraphIndex === 3 && random.chance(0.3)) extras.push(`> "${sentence(random)}" — a person close to the talks`);
    if (options.noisy && random.chance(0.2)) extras.push(random.pick(PROMO_LINES));
    // Headings, quotes and promos count toward the length but never overrun it.
    for (const extra of extras) {
      if (written + countWords(extra) > options.words) break;
      written += countWords(extra);
      blocks.push(extra);
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

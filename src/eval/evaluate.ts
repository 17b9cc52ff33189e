import type { EvalExample } from './dataset.ts';
import { rougeScores } from './rouge.ts';
import type { SummarySystem } from './systems.ts';

/** Mean F1 of one system over a data set, plus its mean summary length to show how length drives the score. */
export interface SystemResult {
  system: string;
  rouge1: number;
  rouge2: number;
  rougeL: number;
  averageWords: number;
}

export interface EvalReport {
  count: number;
  results: SystemResult[];
}

export function evaluateSystems(examples: readonly EvalExample[], systems: ReadonlyArray<readonly [string, SummarySystem]>): EvalReport {
  const results = systems.map(([name, summarize]): SystemResult => {
    const totals = { rouge1: 0, rouge2: 0, rougeL: 0, words: 0 };
    for (const example of examples) {
      const summary = summarize(example.text);
      const scores = rougeScores(summary, example.reference);
      totals.rouge1 += scores.rouge1.f1;
      totals.rouge2 += scores.rouge2.f1;
      totals.rougeL += scores.rougeL.f1;
      totals.words += summary.split(/\s+/).filter(Boolean).length;
    }
    const count = Math.max(1, examples.length);
    return {
      system: name,
      rouge1: totals.rouge1 / count,
      rouge2: totals.rouge2 / count,
      rougeL: totals.rougeL / count,
      averageWords: totals.words / count,
    };
  });
  return { count: examples.length, results };
}

import { splitSentences } from '../transforms/summary/index.ts';
import { pairedBootstrapInterval, type DifferenceInterval } from './bootstrap.ts';
import type { EvalExample } from './dataset.ts';
import { rougeScores, type RougeScores } from './rouge.ts';
import type { SummarySystem } from './systems.ts';

export const METRICS = ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'] as const;
export type Metric = (typeof METRICS)[number];

/** Mean F1 of one system over a data set, its mean length, and how many stories it left without a summary. */
export interface SystemResult {
  system: string;
  rouge1: number;
  rouge2: number;
  rougeL: number;
  rougeLsum: number;
  averageWords: number;
  emptySummaries: number;
}

/** The first system minus one baseline, per metric: observed mean difference and its 95% bootstrap interval. */
export interface BaselineComparison {
  system: string;
  baseline: string;
  differences: Record<Metric, DifferenceInterval>;
}

export interface EvalReport {
  count: number;
  results: SystemResult[];
  comparisons: BaselineComparison[];
}

/**
 * One sentence a line, as rouge-score's ROUGE-Lsum expects: a reference keeps its own lines (CNN/DM
 * highlights come one a line); a text without line breaks is split into sentences.
 */
export function summaryLines(text: string): string {
  if (text.includes('\n')) return text;
  return splitSentences(text).join('\n');
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Scores every system on every example; the first system is compared with each of the others. */
export function evaluateSystems(examples: readonly EvalExample[], systems: ReadonlyArray<readonly [string, SummarySystem]>): EvalReport {
  const references = examples.map((example) => summaryLines(example.reference));
  const perStory: RougeScores[][] = [];
  const results = systems.map(([name, summarize]): SystemResult => {
    const totals = { rouge1: 0, rouge2: 0, rougeL: 0, rougeLsum: 0, words: 0, empty: 0 };
    const scores = examples.map((example, index) => {
      const summary = summarize(example.text);
      if (summary.trim() === '') totals.empty += 1;
      const storyScores = rougeScores(summaryLines(summary), references[index] ?? '');
      for (const metric of METRICS) totals[metric] += storyScores[metric].f1;
      totals.words += countWords(summary);
      return storyScores;
    });
    perStory.push(scores);
    const count = Math.max(1, examples.length);
    return {
      system: name,
      rouge1: totals.rouge1 / count,
      rouge2: totals.rouge2 / count,
      rougeL: totals.rougeL / count,
      rougeLsum: totals.rougeLsum / count,
      averageWords: totals.words / count,
      emptySummaries: totals.empty,
    };
  });
  const [system, ...baselines] = systems;
  const comparisons = baselines.map(([baseline], offset): BaselineComparison => {
    const ours = perStory[0] ?? [];
    const theirs = perStory[offset + 1] ?? [];
    const differences = Object.fromEntries(METRICS.map((metric) => [
      metric,
      pairedBootstrapInterval(ours.map((scores, index) => scores[metric].f1 - (theirs[index]?.[metric].f1 ?? 0))),
    ])) as Record<Metric, DifferenceInterval>;
    return { system: system?.[0] ?? '', baseline, differences };
  });
  return { count: examples.length, results, comparisons };
}

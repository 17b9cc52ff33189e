import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildStep } from '../site/build-steps.ts';
import { CARD_CACHE_MAX_AGE_MS, CardCache, cardKey } from './card-cache.ts';
import { cardPlanOf } from './card-plan.ts';
import { cardsToDraw } from './cards-to-draw.ts';
import { drawCard } from './draw-card.ts';
import { inTurns } from '../util/in-turns.ts';

/**
 * Writes the social cards of the pages this build renders into the output: each from the card
 * cache when an earlier build drew the same text, else drawn and kept there. Cached cards are
 * copied, never linked, so the output holds bytes that a later build cannot change underneath.
 */
export const socialCardsStep: BuildStep = {
  name: 'social cards',
  run: async (outputDir, model, options) => {
    const cache = new CardCache(options.cacheDir);
    let drawn = 0;
    const cards = cardsToDraw(model, cardPlanOf(model));
    // Cards of equal text (pages that share one) are drawn, or read from the cache, once.
    const pngs = new Map<string, Promise<Buffer>>();
    const pngOf = async (card: (typeof cards)[number], key: string): Promise<Buffer> => {
      const cached = await cache.read(key);
      if (cached !== undefined) return cached;
      const png = await drawCard(card.text);
      drawn += 1;
      await cache.write(key, png);
      return png;
    };
    const writeCard = async (card: (typeof cards)[number]): Promise<void> => {
      const key = cardKey(card.text);
      let png = pngs.get(key);
      if (png === undefined) pngs.set(key, (png = pngOf(card, key)));
      const target = path.join(outputDir, ...card.url.split('/').filter(Boolean));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, await png);
    };
    // Two at a time: the step runs beside Eleventy's rendering and the indexer, on as many cores.
    await inTurns(cards, writeCard, { concurrency: () => 2 });
    const pruned = await cache.prune();
    return `Social cards: ${cards.length} written, ${drawn} drawn${pruned > 0 ? `, ${pruned} unused for ${CARD_CACHE_MAX_AGE_MS / 86_400_000} days removed from the cache` : ''}.`;
  },
};

import { renderAsync } from '@resvg/resvg-js';
import { CARD_FONT_FILES } from './card-fonts.ts';
import { CARD_FONTS, cardSvg } from './card-svg.ts';
import type { CardText } from './card-text.ts';

/**
 * The card as a PNG, drawn on a thread of libuv's pool, so the build's own thread goes on
 * rendering pages meanwhile. System fonts are not loaded: they differ between machines, and
 * loading them costs more than drawing.
 */
export async function drawCard(text: CardText): Promise<Buffer> {
  const drawn = await renderAsync(cardSvg(text), {
    font: { loadSystemFonts: false, fontFiles: [...CARD_FONT_FILES], defaultFontFamily: CARD_FONTS.sans, sansSerifFamily: CARD_FONTS.sans, serifFamily: CARD_FONTS.serif },
  });
  return drawn.asPng();
}

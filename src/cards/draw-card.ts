import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT_FILES } from './card-fonts.ts';
import { CARD_FONTS, cardSvg } from './card-svg.ts';
import type { CardText } from './card-text.ts';

/** The card as a PNG. System fonts are not loaded: they differ between machines, and loading them costs more than drawing. */
export function drawCard(text: CardText): Buffer {
  const svg = cardSvg(text);
  const drawn = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [...CARD_FONT_FILES], defaultFontFamily: CARD_FONTS.sans, sansSerifFamily: CARD_FONTS.sans, serifFamily: CARD_FONTS.serif },
  });
  return drawn.render().asPng();
}

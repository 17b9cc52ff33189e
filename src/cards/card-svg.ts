import escapeHtml from 'escape-html';
import type { CardText } from './card-text.ts';

/** Open Graph's recommended size: what Facebook, LinkedIn and X show large without cropping. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Bumped whenever the drawing below changes, so cached cards of the old layout are not reused
 * (it is part of every card's cache key, see card-cache.ts).
 */
export const CARD_LAYOUT_VERSION = 1;

/** The light theme of layouts/assets/site.css: links are shared into light and dark apps alike. */
const COLOURS = { paper: '#fdfcf8', ink: '#1b1b1b', muted: '#555555', rule: '#d9d4c7', accent: '#9b1c1c' } as const;

/** Font families the card draws with: the files card-fonts.ts loads. */
export const CARD_FONTS = { sans: 'Roboto', serif: 'PT Serif' } as const;

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const HEADLINE_TOP = 150;
const HEADLINE_BOTTOM = 500;
/** Roboto Bold's mean advance per character of running English text, in ems, with room for wide letters: enough to wrap without measuring glyphs. */
const MEAN_ADVANCE_EM = 0.48;
const LINE_HEIGHT = 1.18;
/** Largest first: the biggest size whose lines fit between the kicker and the footer wins. */
const HEADLINE_SIZES: readonly number[] = [72, 64, 56, 48, 42];
const SMALLEST_HEADLINE = 42;

/** The card as an SVG of CARD_WIDTH × CARD_HEIGHT pixels, every text escaped. */
export function cardSvg(text: CardText): string {
  const { size, lines } = fitHeadline(text.headline);
  const lineHeight = Math.round(size * LINE_HEIGHT);
  const headline = lines
    .map((line, index) => `<tspan x="${MARGIN}" y="${HEADLINE_TOP + size + index * lineHeight}">${escapeHtml(line)}</tspan>`)
    .join('');
  const { sans, serif } = CARD_FONTS;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.paper}"/>` +
    `<rect width="${CARD_WIDTH}" height="14" fill="${COLOURS.accent}"/>` +
    `<text x="${MARGIN}" y="112" font-family="${sans}" font-weight="700" font-size="30" letter-spacing="3.5" fill="${COLOURS.accent}">${escapeHtml(text.kicker.toUpperCase())}</text>` +
    `<text font-family="${sans}" font-weight="700" font-size="${size}" fill="${COLOURS.ink}">${headline}</text>` +
    `<rect x="${MARGIN}" y="528" width="${TEXT_WIDTH}" height="3" fill="${COLOURS.rule}"/>` +
    `<text x="${MARGIN}" y="590" font-family="${serif}" font-weight="700" font-size="46" fill="${COLOURS.ink}">${escapeHtml(text.masthead)}</text>` +
    `<text x="${CARD_WIDTH - MARGIN}" y="584" text-anchor="end" font-family="${sans}" font-size="28" fill="${COLOURS.muted}">${escapeHtml(text.dateline)}</text>` +
    `</svg>`
  );
}

/** The headline at the largest size that fits, else at the smallest with its last line cut at a word and an ellipsis. */
export function fitHeadline(headline: string): { size: number; lines: string[] } {
  for (const size of HEADLINE_SIZES) {
    const lines = wrapWords(headline, charsPerLine(size));
    if (lines.length <= linesThatFit(size)) return { size, lines };
  }
  const size = SMALLEST_HEADLINE;
  const room = linesThatFit(size);
  const lines = wrapWords(headline, charsPerLine(size)).slice(0, room);
  lines[room - 1] = `${lines[room - 1]!.replace(/[\s,;:.–—-]*$/, '')}…`;
  return { size, lines };
}

function charsPerLine(size: number): number {
  return Math.floor(TEXT_WIDTH / (size * MEAN_ADVANCE_EM));
}

function linesThatFit(size: number): number {
  return Math.max(1, Math.floor((HEADLINE_BOTTOM - HEADLINE_TOP) / (size * LINE_HEIGHT)));
}

/** Greedy word wrap; a word longer than a line is cut. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
      line = '';
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

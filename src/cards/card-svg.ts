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
    const lines = wrapWords(headline, TEXT_WIDTH / size, headlineEms);
    if (lines.length <= linesThatFit(size)) return { size, lines };
  }
  const size = SMALLEST_HEADLINE;
  const room = linesThatFit(size);
  const lines = wrapWords(headline, TEXT_WIDTH / size, headlineEms).slice(0, room);
  lines[room - 1] = `${lines[room - 1]!.replace(/[\s,;:.–—-]*$/, '')}…`;
  return { size, lines };
}

function linesThatFit(size: number): number {
  return Math.max(1, Math.floor((HEADLINE_BOTTOM - HEADLINE_TOP) / (size * LINE_HEIGHT)));
}

/**
 * Advance widths of Roboto Bold in ems, by kind of character, a little generous: enough to wrap
 * a headline within the card without shaping it first (resvg draws the text but does not
 * measure it for us). An unlisted character counts as a lowercase letter.
 */
const ADVANCE_EM: ReadonlyArray<[RegExp, number]> = [
  [/[\s]/, 0.26],
  [/[iIlj.,;:!|'’‘]/, 0.28],
  [/[frt()\[\]\-/"“”]/, 0.37],
  [/[mwMW@%]/, 0.9],
  [/[A-Z0-9&#$?—]/, 0.68],
];
const LOWERCASE_EM = 0.57;

/** The estimated width of a line of headline text, in ems. */
export function headlineEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += ADVANCE_EM.find(([kind]) => kind.test(char))?.[1] ?? LOWERCASE_EM;
  return ems;
}

/** Greedy word wrap to lines no wider than `width` by `measure` (characters by default); a word wider than a line is cut. */
export function wrapWords(text: string, width: number, measure: (text: string) => number = (line) => line.length): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (measure(rest) > width && rest.length > 1) {
      if (line) lines.push(line);
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
      line = '';
    }
    if (!line) line = rest;
    else if (measure(`${line} ${rest}`) <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

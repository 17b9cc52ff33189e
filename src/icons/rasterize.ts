import { renderAsync, Resvg } from '@resvg/resvg-js';

/**
 * A square PNG of `size` pixels drawn from an SVG. A logo that is not square is centred in
 * the square with transparent margins rather than stretched: it is drawn as an image inside
 * a square SVG, whose default preserveAspectRatio keeps its proportions. Drawn on a thread of
 * libuv's pool, as the social cards are: the build's own thread goes on with the pages.
 */
export async function rasterizeSquare(svg: string, size: number, background?: string): Promise<Buffer> {
  const framed =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<image width="${size}" height="${size}" href="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"/></svg>`;
  const options = { fitTo: { mode: 'width' as const, value: size }, font: { loadSystemFonts: false }, ...(background ? { background } : {}) };
  return (await renderAsync(framed, options)).asPng();
}

/** Reads an SVG as resvg would draw it, to report a broken logo before anything is written. */
export function svgProblem(svg: string): string | undefined {
  try {
    const drawn = new Resvg(svg, { font: { loadSystemFonts: false } });
    if (!(drawn.width > 0 && drawn.height > 0)) return 'it has no width or height (give the <svg> a viewBox)';
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

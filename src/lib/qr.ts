import { encode } from 'uqr';

/**
 * QR codes drawn at build time, as one SVG path: no script and no image file, so a code prints as
 * sharply as the text around it and works offline.
 *
 * Each row's dark modules are joined into horizontal runs, one `M x y h w v 1 h -w z` each, in
 * module units. That is a fraction of the markup of one rectangle per module (what uqr's own
 * `renderSVG` writes), which matters because a code sits on hundreds of pages.
 */

/** Light modules around the code. The QR specification asks for four; scanners need them on busy paper. */
export const quietZone = 4;

export interface QrDrawing {
  /** Width and height in modules, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** Path data of every dark module. */
  path: string;
  /** The dark modules, row by row, without the quiet zone (for tests and other renderers). */
  modules: boolean[][];
}

/**
 * Error correction level M (about 15% of the code can be lost): a code on a handout survives a
 * fold, a stain or a poor printer, and a short link still fits a small code.
 */
export function qrDrawing(text: string): QrDrawing {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      const width = x - start;
      runs.push(`M${start + quietZone} ${y + quietZone}h${width}v1h-${width}z`);
    }
  });
  return { size: data.length + 2 * quietZone, path: runs.join(''), modules: data };
}

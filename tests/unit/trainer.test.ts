import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrDrawing, quietZone } from '../../src/lib/qr';
import { redirectsFile, shortLinks } from '../../src/lib/short-links';
import { markdownBlocks, slideSize } from '../../src/lib/workshop';

const targets = {
  principles: ['P1', 'P5'],
  standards: [{ id: 'S5', indicators: ['S5.1', 'S5.2'] }],
  checklists: ['first-contact'],
  modules: ['M1', 'M9'],
};

describe('short links', () => {
  const links = shortLinks(targets, ['en', 'km']);
  const to = (from: string) => links.find((link) => link.from === from)?.to;

  it('lead from the short path to the full page, or to the indicator anchor, in every language', () => {
    expect(to('/p/5/')).toBe('/principles/5/');
    expect(to('/km/p/5/')).toBe('/km/principles/5/');
    expect(to('/s/5/')).toBe('/standards/s5/');
    expect(to('/s/5.2/')).toBe('/standards/s5/#s5-2');
    expect(to('/km/s/5.2/')).toBe('/km/standards/s5/#s5-2');
    expect(to('/c/first-contact/')).toBe('/checklists/first-contact/');
    expect(to('/km/m/9/')).toBe('/km/training/m9/');
    expect(links).toHaveLength(2 * 8);
  });

  it('refuse two contents on one short path', () => {
    expect(() => shortLinks({ ...targets, principles: ['P5', 'P5'] }, ['en'])).toThrow(/\/p\/5\/ would lead to both P5 and P5/);
  });

  it('are written as one permanent redirect per line for hosts that read _redirects', () => {
    const lines = redirectsFile(links).split('\n');
    expect(lines).toContain('/km/s/5.2/ /km/standards/s5/#s5-2 301');
    expect(lines.filter((line) => line.endsWith(' 301'))).toHaveLength(links.length);
  });
});

/** Draws a QR drawing's modules as black and white pixels, `scale` pixels per module, for jsQR. */
function rasterise(modules: boolean[][], scale: number) {
  const size = (modules.length + 2 * quietZone) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + quietZone) * scale + dy) * size + (x + quietZone) * scale + dx) * 4;
          pixels.fill(0, offset, offset + 3);
        }
      }
    }),
  );
  return { pixels, size };
}

describe('QR codes', () => {
  it('encode the URL they are given', () => {
    for (const url of ['https://lantern.example.org/p/5/', 'http://localhost:4321/zh-cn/c/reintegration-readiness/']) {
      const { pixels, size } = rasterise(qrDrawing(url).modules, 4);
      expect(jsQR(pixels, size, size)?.data, url).toBe(url);
    }
  });

  it('draw every dark module once, as runs along each row, inside a quiet zone', () => {
    const { size, path, modules } = qrDrawing('https://lantern.example.org/s/12.6/');
    expect(size).toBe(modules.length + 2 * quietZone);
    const drawn = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)].reduce((sum, match) => sum + Number(match[3]), 0);
    expect(drawn).toBe(modules.flat().filter(Boolean).length);
    expect(path.replace(/M\d+ \d+h(\d+)v1h-\1z/g, '')).toBe('');
  });
});

describe('workshop slides', () => {
  it('cut a body into paragraphs and whole lists, keeping a lead-in with its list', () => {
    const body = 'First idea.\n\nThis shapes your work:\n\n- one\n- two\n\nAnother idea.\n\n1. a\n\n2. b';
    expect(markdownBlocks(body)).toEqual(['First idea.', 'This shapes your work:\n\n- one\n- two', 'Another idea.', '1. a\n\n2. b']);
  });

  it('choose smaller type for longer text', () => {
    expect(slideSize('Short.')).toBe('large');
    expect(slideSize('x'.repeat(300))).toBe('medium');
    expect(slideSize('x'.repeat(600))).toBe('small');
    expect(slideSize('x'.repeat(1200))).toBe('dense');
  });
});

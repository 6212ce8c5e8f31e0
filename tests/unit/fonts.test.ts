import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths';

/** The @font-face rules of a stylesheet, as property maps. */
function fontFaces(css: string): Array<Record<string, string>> {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((match) =>
    Object.fromEntries(
      match[1]!
        .split(';')
        .map((declaration) => declaration.trim())
        .filter(Boolean)
        .map((declaration) => {
          const colon = declaration.indexOf(':');
          return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
        }),
    ),
  );
}

const normaliseRange = (range: string) => range.replace(/\s+/g, '').toUpperCase();

const fontsCss = readFileSync(join(root, 'src/styles/fonts.css'), 'utf8');
const faces = fontFaces(fontsCss);
const scripts = [
  { family: 'Noto Sans Thai', pkg: 'noto-sans-thai', subset: 'thai', lang: 'th' },
  { family: 'Noto Sans Khmer', pkg: 'noto-sans-khmer', subset: 'khmer', lang: 'km' },
  { family: 'Noto Sans Lao', pkg: 'noto-sans-lao', subset: 'lao', lang: 'lo' },
  { family: 'Noto Sans Myanmar', pkg: 'noto-sans-myanmar', subset: 'myanmar', lang: 'my' },
];

describe('self-hosted fonts (src/styles/fonts.css)', () => {
  it('declares each script’s font in weights 400 and 600, and nothing else', () => {
    expect(faces.map((f) => `${f['font-family']} ${f['font-weight']}`)).toEqual(
      scripts.flatMap((s) => [`'${s.family}' 400`, `'${s.family}' 600`]),
    );
  });

  for (const script of scripts) {
    it(`loads ${script.family} from its @fontsource package, only for its script’s characters`, () => {
      for (const face of faces.filter((f) => f['font-family'] === `'${script.family}'`)) {
        const weight = face['font-weight']!;
        const file = `${script.pkg}-${script.subset}-${weight}-normal.woff2`;
        expect(face.src).toBe(`url('@fontsource/${script.pkg}/files/${file}') format('woff2')`);
        expect(existsSync(join(root, 'node_modules/@fontsource', script.pkg, 'files', file)), file).toBe(true);
        // The package's own stylesheet for the weight declares the subset's unicode-range; keep in step.
        const packageFaces = fontFaces(readFileSync(join(root, 'node_modules/@fontsource', script.pkg, `${weight}.css`), 'utf8'));
        const packageFace = packageFaces.find((f) => f.src?.includes(`${script.subset}-${weight}-normal.woff2`));
        expect(packageFace, `${script.pkg}/${weight}.css has no ${script.subset} face`).toBeDefined();
        expect(normaliseRange(face['unicode-range']!)).toBe(normaliseRange(packageFace!['unicode-range']!));
        expect(face['font-display']).toBe('swap');
      }
    });

    it(`puts ${script.family} first in Starlight's font stack on ${script.lang} pages and in ${script.lang} text`, () => {
      expect(fontsCss).toContain(`:root:lang(${script.lang}),\n:not(:root)[lang]:lang(${script.lang}) {\n  --sl-font: '${script.family}';`);
    });
  }

  it('gives Chinese pages the system’s Simplified Chinese fonts, without downloading any', () => {
    const chinese = /:root:lang\(zh\) \{([^}]*)\}/.exec(fontsCss)?.[1] ?? '';
    expect(chinese).toContain("'PingFang SC'");
    expect(chinese).toContain("'Microsoft YaHei'");
    expect(chinese).toContain("'Noto Sans CJK SC'");
    expect(chinese).not.toContain('url(');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { i18nSchema } from '@astrojs/starlight/schema';
import { readUiStrings } from '../../src/lib/i18n/read';
import { i18nDir, root } from '../helpers/paths';

/** Locales Starlight ships no UI translation for: Lantern writes them (src/content/i18n/). */
const unshippedByStarlight = ['km', 'lo', 'my'];
/** Every label Starlight, Pagefind's UI and Expressive Code take from Starlight's i18n. */
const starlightKeys = Object.keys(i18nSchema().shape);

describe("Starlight's UI in Khmer, Lao and Burmese", () => {
  for (const code of unshippedByStarlight) {
    it(`${code} has every Starlight and Pagefind label`, () => {
      const strings = JSON.parse(readFileSync(`${root}src/content/i18n/${code}.json`, 'utf8')) as Record<string, string>;
      const missing = starlightKeys.filter((key) => !strings[key]?.trim());
      expect(missing).toEqual([]);
    });
  }
});

describe("Lantern's UI strings", () => {
  it('are read from every namespace with the namespace as prefix', () => {
    const english = readUiStrings(i18nDir).en;
    expect(english['principles.heading.practice']).toBe('What it looks like in practice');
    expect(english['source.part.annex2-principles']).toBeTruthy();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import starlightEnglish from '../../node_modules/@astrojs/starlight/dist/translations/en.js';
import { readUiStrings } from '../../src/lib/i18n/read';
import { i18nDir, root } from '../helpers/paths';

/** Locales Starlight ships no UI translation for: Lantern writes them (src/content/i18n/). */
const unshippedByStarlight = ['km', 'lo', 'my'];
const pagefindKeys = [
  'pagefind.clear_search',
  'pagefind.load_more',
  'pagefind.search_label',
  'pagefind.filters_label',
  'pagefind.zero_results',
  'pagefind.many_results',
  'pagefind.one_result',
  'pagefind.alt_search',
  'pagefind.search_suggestion',
  'pagefind.searching',
];

describe("Starlight's UI in Khmer, Lao and Burmese", () => {
  for (const code of unshippedByStarlight) {
    it(`${code} has every Starlight and Pagefind label`, () => {
      const strings = JSON.parse(readFileSync(`${root}src/content/i18n/${code}.json`, 'utf8')) as Record<string, string>;
      const expected = [...Object.keys(starlightEnglish), ...pagefindKeys];
      const missing = expected.filter((key) => !strings[key]?.trim());
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

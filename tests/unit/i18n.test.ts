import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { i18nSchema } from '@astrojs/starlight/schema';
import { kindNames } from '../../src/lib/content/schema';
import { expectedKeys, placeholders, pluralCategories } from '../../src/lib/i18n/keys';
import { readUiStrings } from '../../src/lib/i18n/read';
import { locales } from '../../src/lib/locales';
import { pagesPart, uiPart } from '../../src/lib/translation/assess';
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

  it('give every control named by aria-label a name that contains its visible text, in every language (WCAG 2.5.3)', () => {
    const strings = readUiStrings(i18nDir);
    // [visible text, accessible name] of the controls whose name adds what they act on.
    const pairs = [
      ['share.copy', 'share.copyTo'],
      ['offline.saved.open', 'offline.saved.openLabel'],
      ['offline.saved.remove', 'offline.saved.removeLabel'],
      ['offline.saved.resume', 'offline.saved.resumeLabel'],
    ] as const;
    const wrong = locales.flatMap(({ code }) =>
      pairs
        .filter(([visible, name]) => {
          const text = strings[code]?.[visible];
          const label = strings[code]?.[name];
          return text !== undefined && label !== undefined && !label.toLowerCase().includes(text.toLowerCase());
        })
        .map(([visible]) => `${code} ${visible}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe("Starlight's labels written by Lantern", () => {
  const labels = Object.fromEntries(
    unshippedByStarlight.map((code) => [code, JSON.parse(readFileSync(`${root}src/content/i18n/${code}.json`, 'utf8')) as Record<string, string>]),
  );
  const tokens = (text: string) => [...placeholders(text), ...(text.match(/\[[A-Z_]+\]/g) ?? [])].sort();

  it('use only keys Starlight knows', () => {
    for (const code of unshippedByStarlight) {
      expect(Object.keys(labels[code]!).filter((key) => !starlightKeys.includes(key)), code).toEqual([]);
    }
  });

  it('keep the same placeholders ({{title}}, [SEARCH_TERM]…) in every language', () => {
    const [first, ...rest] = unshippedByStarlight;
    for (const key of Object.keys(labels[first!]!)) {
      for (const code of rest) expect(tokens(labels[code]![key] ?? ''), `${code} ${key}`).toEqual(tokens(labels[first!]![key]!));
    }
  });
});

describe('UI-string keys across languages', () => {
  it('follow each language’s plural forms: English one/other, the seven others only other', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    for (const locale of locales.filter((l) => l.code !== 'en')) expect(pluralCategories(locale.lang), locale.code).toEqual(['other']);
    expect(expectedKeys(['a', 'n_one', 'n_other', 'b'], 'th')).toEqual(['a', 'n_other', 'b']);
    expect(expectedKeys(['a', 'n_one', 'n_other'], 'en')).toEqual(['a', 'n_one', 'n_other']);
  });

  it('find i18next placeholders by name, whatever their format, and nested keys', () => {
    expect(placeholders('{{count, number}} of {{ total }} – $t(site.title)')).toEqual(['$t(site.title)', '{{count}}', '{{total}}']);
  });

  it('have a type entry for every namespace folder, so t() knows its keys', () => {
    const typed = readFileSync(`${root}src/lib/i18n/strings.ts`, 'utf8');
    const folders = readdirSync(i18nDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const namespace of folders) expect(typed, namespace).toContain(`Prefixed<'${namespace}', typeof ${namespace.replace(/-./g, (m) => m[1]!.toUpperCase())}>`);
  });

  it('name every part of Lantern on the translation-status page', () => {
    const english = readUiStrings(i18nDir).en;
    for (const part of [...kindNames, pagesPart, uiPart]) expect(english[`translation.status.part.${part}`], part).toBeTruthy();
  });

  it('reach Starlight without the review record', () => {
    for (const [code, strings] of Object.entries(readUiStrings(i18nDir))) {
      expect(Object.keys(strings).filter((key) => key.includes('_translation')), code).toEqual([]);
    }
  });
});

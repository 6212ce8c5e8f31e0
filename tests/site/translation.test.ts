import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/i18n/format';
import { defaultLocale, locales, translatedLocaleCodes, type LocaleCode } from '../../src/lib/locales';
import { assessTranslations, pagesPart } from '../../src/lib/translation/assess';
import { translationMetaName } from '../../src/lib/translation/page';
import { readTranslationInput } from '../../src/lib/translation/read';
import { localePath, routes } from '../../src/lib/urls';
import { builtPages, loadPage } from '../helpers/dist';
import { distDir, root } from '../helpers/paths';
import { latinShare, latinShareLimit, nonLatinLocales, visibleMainText } from '../helpers/script-share';

const { report } = assessTranslations(readTranslationInput(root).input);
const localeOf = (page: string): LocaleCode =>
  (translatedLocaleCodes as string[]).includes(page.split('/')[1] ?? '') ? (page.split('/')[1] as LocaleCode) : defaultLocale;
const stateOf = (page: string) => loadPage(page)(`meta[name="${translationMetaName}"]`).attr('content');
const pages = builtPages().filter((page) => page !== '/404.html');

describe('translation state of every built page', () => {
  it('is recorded on every page: source in English; fallback, draft, checked or reviewed elsewhere', () => {
    const wrong = pages.filter((page) => {
      const state = stateOf(page);
      return localeOf(page) === defaultLocale ? state !== 'source' : !['fallback', 'draft', 'checked', 'reviewed'].includes(state ?? '');
    });
    expect(
      wrong.map((page) => `${page}: ${stateOf(page) ?? 'no state'}`),
      'Pages built with <StarlightPage> pass isFallback or a translation record: see pageTranslation() in src/site/translation.ts',
    ).toEqual([]);
  });

  it('matches the translation report for every principle and prose page', () => {
    for (const locale of report.locales) {
      const principles = locale.parts.find((p) => p.part === 'principles')!;
      for (const entry of principles.entries) {
        expect(stateOf(localePath(locale.locale, routes.principle(entry.id))), `${locale.locale} ${entry.id}`).toBe(entry.state);
      }
      for (const entry of locale.parts.find((p) => p.part === pagesPart)!.entries) {
        const path = entry.id === 'index' ? '' : `${entry.id.replace(/\/index$/, '')}/`;
        expect(stateOf(localePath(locale.locale, path)), `${locale.locale} ${entry.id}`).toBe(entry.state);
      }
    }
  });

  it('keeps pages shown in English out of their language’s search index', () => {
    const indexed = pages.filter((page) => stateOf(page) === 'fallback' && loadPage(page)('[data-pagefind-body]').length > 0);
    expect(indexed).toEqual([]);
  });

  it('says on every page shown in English, in the reader’s language, that it is not translated yet', () => {
    for (const code of translatedLocaleCodes) {
      // The home page is a splash page: Lantern's notice there uses Starlight's own label.
      const $home = loadPage(localePath(code, ''));
      const notice = $home('.lantern-translation-notice');
      expect(notice.attr('lang'), code).toBe(locales.find((l) => l.code === code)!.lang);
      const text = notice.text().trim();
      expect(text, code).not.toMatch(/not available in your language/);
      const silent = pages.filter((page) => localeOf(page) === code && stateOf(page) === 'fallback' && !loadPage(page)('main').text().includes(text));
      expect(silent, code).toEqual([]);
    }
  });
});

describe('main text of translated pages in Thai, Khmer, Lao, Burmese and Chinese', () => {
  it(`is at most ${latinShareLimit * 100}% Latin letters wherever the content is not a declared fallback`, () => {
    const tooLatin = pages
      .filter((page) => (nonLatinLocales as readonly string[]).includes(localeOf(page)) && stateOf(page) !== 'fallback')
      .map((page) => ({ page, ...latinShare(visibleMainText(loadPage(page))) }))
      .filter((result) => result.share > latinShareLimit);
    expect(
      tooLatin.map((r) => `${r.page}: ${Math.round(r.share * 100)}% Latin (${r.latin} of ${r.letters} letters)`),
      'Translate what is still English, mark quoted English with lang="en", or declare the content as a fallback.',
    ).toEqual([]);
  });
});

describe('the translation-status page', () => {
  for (const page of ['en', 'my'] as const) {
    it(`shows, in ${page}, the real figures for every locale and part`, () => {
      const $ = loadPage(localePath(page, routes.translationStatus()));
      for (const locale of report.locales) {
        const table = $(`table[data-locale="${locale.locale}"]`);
        expect(table.length, locale.locale).toBe(1);
        expect(table.find('tbody tr').map((_, tr) => $(tr).attr('data-part')).get()).toEqual(locale.parts.map((p) => p.part));
        for (const part of locale.parts) {
          const row = table.find(`tr[data-part="${part.part}"]`);
          for (const [column, value] of Object.entries(part.tally)) {
            expect(row.find(`td[data-count="${column}"]`).text(), `${locale.locale} ${part.part} ${column}`).toBe(formatNumber(page, value));
          }
        }
      }
    });
  }

  it('counts the principles, pages and UI strings English has, all shown in English until translated', () => {
    const th = report.locales.find((l) => l.locale === 'th')!;
    const principles = th.parts.find((p) => p.part === 'principles')!.tally;
    expect(principles.total).toBe(12);
    expect(principles.fallback + principles.draft + principles.checked + principles.reviewed).toBe(12);
  });

  it('is linked from the sidebar in every language', () => {
    for (const locale of locales) {
      const $ = loadPage(localePath(locale.code, routes.about()));
      expect($(`nav a[href="${localePath(locale.code, routes.translationStatus())}"]`).length, locale.code).toBe(1);
    }
  });

  it('has a machine-readable record with the same figures and every entry’s state', () => {
    const record = JSON.parse(readFileSync(join(distDir, routes.translationStatusRecord()), 'utf8')) as {
      locales: Record<string, { parts: unknown }>;
    };
    expect(Object.keys(record.locales)).toEqual(translatedLocaleCodes);
    for (const locale of report.locales) expect(record.locales[locale.locale]!.parts, locale.locale).toEqual(locale.parts);
  });
});

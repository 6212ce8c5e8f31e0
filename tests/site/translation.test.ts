import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/i18n/format';
import { defaultLocale, locales, translatedLocaleCodes, type LocaleCode } from '../../src/lib/locales';
import { assessTranslations, pagesPart, uiPart, weakestState } from '../../src/lib/translation/assess';
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
      // A page shows the weakest state of what it is made of: its entry and its UI strings.
      const labels = locale.parts.find((p) => p.part === uiPart)!.entries.filter((e) => e.id === 'principles').map((e) => e.state);
      for (const entry of principles.entries) {
        expect(stateOf(localePath(locale.locale, routes.principle(entry.id))), `${locale.locale} ${entry.id}`).toBe(weakestState([entry.state, ...labels]));
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
    // Starlight's own notice, just under the title (its label comes from Starlight or, for km, lo
    // and my, from src/content/i18n/); splash pages such as the home page carry Lantern's instead.
    const noticeOf = (page: string) => {
      const $ = loadPage(page);
      return ($('main h1 + p').first().text() || $('.lantern-translation-notice').text()).trim();
    };
    for (const code of translatedLocaleCodes) {
      const fallbackPages = pages.filter((page) => localeOf(page) === code && stateOf(page) === 'fallback');
      const notices = new Set(fallbackPages.map(noticeOf));
      if (fallbackPages.length === 0) continue;
      expect([...notices], `${code}: one notice, the same on every fallback page`).toHaveLength(1);
      const [notice] = notices;
      expect(notice, code).not.toBe('');
      expect(notice, code).not.toMatch(/not available in your language/);
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

describe('the English text alongside a translation', () => {
  const sideBySide = pages.filter((page) => /\/(principles|standards|checklists)\/[^/]+\/$/.test(page));

  it('is offered on every translated principle, standard and checklist page, and only there', () => {
    const wrong = sideBySide.filter((page) => {
      const offered = loadPage(page)('#lantern-show-english').length === 1;
      const translated = localeOf(page) !== defaultLocale && stateOf(page) !== 'fallback';
      return offered !== translated;
    });
    expect(wrong).toEqual([]);
  });

  it('is marked as English, kept out of search, and never repeats the translation', () => {
    for (const page of sideBySide.filter((p) => localeOf(p) !== defaultLocale)) {
      const $ = loadPage(page);
      $('.lantern-english').each((_, element) => {
        const english = $(element);
        expect(english.attr('data-pagefind-ignore'), page).toBeDefined();
        expect(english.find('[lang="en"]').text().trim().length, page).toBeGreaterThan(0);
        expect(english.parent().text().replace(english.text(), '').trim(), page).not.toBe(english.find('[lang="en"]').text().trim());
      });
    }
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

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/i18n/format';
import { locales, type LocaleCode } from '../../src/lib/locales';
import { translationMetaName } from '../../src/lib/translation/page';
import { localePath, routes } from '../../src/lib/urls';
import { builtPages, hasPage, loadPage } from '../helpers/dist';
import { distDir } from '../helpers/paths';

/** A year as the locale writes it (Burmese digits in my, no grouping anywhere). */
const year = (code: LocaleCode, value: number) => formatNumber(code, value, { useGrouping: false });

const principleIds = Array.from({ length: 12 }, (_, i) => `P${i + 1}`);

/** Locale-neutral paths every locale must publish. */
const expectedPaths = [
  routes.home(),
  routes.about(),
  routes.privacy(),
  routes.principles(),
  ...principleIds.map(routes.principle),
];

describe('the built site', () => {
  for (const locale of locales) {
    it(`publishes every expected page in ${locale.code}`, () => {
      const missing = expectedPaths.map((p) => localePath(locale.code, p)).filter((p) => !hasPage(p));
      expect(missing).toEqual([]);
    });
  }

  it('gives every page the lang of its locale', () => {
    const wrong: string[] = [];
    for (const page of builtPages()) {
      if (page === '/404.html') continue;
      const prefix = page.split('/')[1] ?? '';
      const locale = locales.find((l) => l.code === prefix) ?? locales[0];
      const lang = loadPage(page)('html').attr('lang');
      if (lang !== locale.lang) wrong.push(`${page}: lang="${lang}", expected "${locale.lang}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('names the source on every principle page, in every locale', () => {
    for (const locale of locales) {
      for (const [index, id] of principleIds.entries()) {
        const $ = loadPage(localePath(locale.code, routes.principle(id)));
        const source = $('#source').nextAll('.lantern-sources').first().text();
        expect(source, `${locale.code} ${id}`).toContain(year(locale.code, 2008));
        const item = $('.lantern-sources li').first().text();
        expect([String(index + 1), formatNumber(locale.code, index + 1)].some((n) => new RegExp(`(^|[^0-9၀-၉])${n}([^0-9၀-၉]|$)`).test(item)), `${locale.code} ${id}: ${item}`).toBe(true);
      }
    }
  });

  it('lists the twelve principles in order on the overview, linking to each page', () => {
    const $ = loadPage('/principles/');
    const links = $('main table tbody tr th a').map((_, a) => $(a).attr('href')).get();
    expect(links).toEqual(principleIds.map((id) => localePath('en', routes.principle(id))));
  });

  it('builds a Pagefind search index', () => {
    const pagefind = join(distDir, 'pagefind');
    expect(existsSync(join(pagefind, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(pagefind, 'pagefind-entry.json'))).toBe(true);
    expect(readdirSync(join(pagefind, 'index')).length).toBeGreaterThan(0);
  });

  it('keeps English fallback pages out of other languages’ search indexes', () => {
    for (const { code } of locales) {
      const $ = loadPage(localePath(code, routes.principle('P5')));
      const fallsBack = $(`meta[name="${translationMetaName}"]`).attr('content') === 'fallback';
      expect($('[data-pagefind-body]').length, code).toBe(fallsBack ? 0 : 1);
    }
  });
});

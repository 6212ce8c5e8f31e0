import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locales';
import { localePath, routes } from '../../src/lib/urls';
import { builtPages, hasPage, loadPage } from '../helpers/dist';
import { distDir } from '../helpers/paths';

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
        expect(source, `${locale.code} ${id}`).toContain('(2008)');
        expect($('.lantern-sources li').first().text(), `${locale.code} ${id}`).toMatch(new RegExp(`\\b${index + 1}\\b`));
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
    const $ = loadPage('/km/principles/5/');
    if ($('main [lang="en"]').length > 0) {
      expect($('[data-pagefind-body]').length).toBe(0);
    }
    expect(loadPage('/principles/5/')('[data-pagefind-body]').length).toBe(1);
  });
});

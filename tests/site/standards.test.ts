import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { defaultLocale, locales, type LocaleCode } from '../../src/lib/locales';
import { translationMetaName } from '../../src/lib/translation/page';
import { idToSlug, localePath, principleNumber, routes } from '../../src/lib/urls';
import { builtPages, hasPage, loadPage } from '../helpers/dist';
import { dataDir } from '../helpers/paths';

const { content } = buildContent(readRawContent(dataDir));
const standards = content.kinds.standards.en;
const rights = content.kinds.rights.en;
const indicators = standards.flatMap((s) => s.indicators.map((i) => ({ ...i, standard: s.id })));

/** The pages of one locale: English has no prefix, the others live under theirs. */
function pagesOf(locale: LocaleCode): string[] {
  const prefixes = locales.filter((l) => l.code !== defaultLocale).map((l) => `/${l.code}/`);
  return builtPages().filter((page) =>
    locale === defaultLocale
      ? page !== '/404.html' && !prefixes.some((p) => page.startsWith(p))
      : page.startsWith(`/${locale}/`),
  );
}

/** The public site URL the build used, read from a page's canonical link. */
function siteUrl(): string {
  const canonical = loadPage('/standards/')('link[rel="canonical"]').attr('href');
  if (!canonical) throw new Error('/standards/ has no canonical link');
  return new URL(canonical).origin;
}

describe('the standards and rights pages', () => {
  for (const { code } of locales) {
    it(`exist in ${code}: the overview, S1 to S13 and the rights`, () => {
      const expected = [routes.standards(), ...standards.map((s) => routes.standard(s.id)), routes.rights()];
      expect(expected.map((p) => localePath(code, p)).filter((p) => !hasPage(p))).toEqual([]);
    });

    it(`give every indicator its anchor once, on its own standard page only, in ${code}`, () => {
      const indicatorSlugs = new Map(indicators.map((i) => [idToSlug(i.id), i]));
      const rightSlugs = new Set(rights.map((r) => idToSlug(r.id)));
      const found = new Map<string, string[]>();
      for (const page of pagesOf(code)) {
        const $ = loadPage(page);
        $('[id]').each((_, element) => {
          const id = $(element).attr('id')!;
          if (indicatorSlugs.has(id) || rightSlugs.has(id)) found.set(id, [...(found.get(id) ?? []), page]);
        });
      }
      const wrong: string[] = [];
      for (const [slug, indicator] of indicatorSlugs) {
        const expected = [localePath(code, routes.standard(indicator.standard))];
        if (JSON.stringify(found.get(slug)) !== JSON.stringify(expected)) {
          wrong.push(`#${slug} (${indicator.id}) is on ${JSON.stringify(found.get(slug) ?? [])}, expected ${expected}`);
        }
      }
      for (const slug of rightSlugs) {
        const expected = [localePath(code, routes.rights())];
        if (JSON.stringify(found.get(slug)) !== JSON.stringify(expected)) {
          wrong.push(`#${slug} is on ${JSON.stringify(found.get(slug) ?? [])}, expected ${expected}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('give every page element a unique id', () => {
    const duplicates: string[] = [];
    for (const page of [...builtPages()].filter((p) => /\/(standards|rights)\//.test(p))) {
      const $ = loadPage(page);
      const ids = $('[id]').map((_, e) => $(e).attr('id')).get();
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) duplicates.push(`${page}#${id}`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('link every indicator to itself with a plain anchor that works without JavaScript', () => {
    const site = siteUrl();
    const wrong: string[] = [];
    for (const { code } of locales) {
      for (const indicator of indicators) {
        const page = localePath(code, routes.standard(indicator.standard));
        const $ = loadPage(page);
        const item = $(`#${idToSlug(indicator.id)}`);
        const path = localePath(code, routes.indicator(indicator.id));
        const anchor = item.find('a.lantern-copy-link__anchor');
        const copier = item.find('lantern-copy-link');
        if (anchor.attr('href') !== path || anchor.is('[hidden]')) wrong.push(`${page} ${indicator.id}: anchor`);
        if (!item.find('button.lantern-copy-link__button').is('[hidden]')) wrong.push(`${page} ${indicator.id}: button shown without JS`);
        if (copier.attr('data-url') !== new URL(path, site).href) wrong.push(`${page} ${indicator.id}: data-url ${copier.attr('data-url')}`);
        if (!copier.attr('data-copied') || !copier.attr('data-failed')) wrong.push(`${page} ${indicator.id}: messages`);
        if (item.find('[role="status"]').length !== 1) wrong.push(`${page} ${indicator.id}: live region`);
        if (!item.text().includes(indicator.id)) wrong.push(`${page} ${indicator.id}: ID not shown`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('list the thirteen standards on the overview, with the principles each serves', () => {
    const $ = loadPage('/standards/');
    const rows = $('main table tbody tr');
    expect(rows.map((_, row) => $(row).find('th a').attr('href')).get()).toEqual(
      standards.map((s) => localePath('en', routes.standard(s.id))),
    );
    rows.each((index, row) => {
      const standard = standards[index]!;
      expect($(row).find('td').first().text().trim(), standard.id).toBe(standard.statement);
      // Links to the principles served; glossary links (.lantern-term) in the statement are not counted.
      expect($(row).find('td a:not(.lantern-term)').map((_, a) => $(a).attr('href')).get(), standard.id).toEqual(
        standard.principles.map((id) => localePath('en', routes.principle(id))),
      );
    });
  });

  it('link each standard page to its principles and to the rights it protects', () => {
    for (const standard of standards) {
      const $ = loadPage(localePath('en', routes.standard(standard.id)));
      const principleLinks = $('#principles').next('ul').find('a:not(.lantern-term)').map((_, a) => $(a).attr('href')).get();
      expect(principleLinks, standard.id).toEqual(standard.principles.map((id) => localePath('en', routes.principle(id))));
      const protectedRights = rights.filter((r) => r.indicators.some((id) => id.startsWith(`${standard.id}.`)));
      const rightLinks = $('#rights').next('ul').find(`a[href^="/rights/"]`).map((_, a) => $(a).attr('href')).get();
      expect(rightLinks, standard.id).toEqual(protectedRights.map((r) => localePath('en', routes.right(r.id))));
      expect($('#source').nextAll('.lantern-sources').first().text(), standard.id).toContain('(2008)');
    }
  });

  it('list on each principle page the standards that put it into practice', () => {
    for (const { code } of locales) {
      for (const principle of content.kinds.principles.en) {
        const $ = loadPage(localePath(code, routes.principle(principle.id)));
        const links = $('#standards').next('ul').find('a:not(.lantern-term)').map((_, a) => $(a).attr('href')).get();
        const expected = standards.filter((s) => s.principles.includes(principle.id)).map((s) => localePath(code, routes.standard(s.id)));
        expect(links, `${code} principle ${principleNumber(principle.id)}`).toEqual(expected);
        expect(links.length, principle.id).toBeGreaterThan(0);
      }
    }
  });

  it('explain each right and link it to the indicators that protect it', () => {
    for (const { code } of locales) {
      const $ = loadPage(localePath(code, routes.rights()));
      for (const right of rights) {
        const section = $(`#${idToSlug(right.id)}`).closest('section');
        const links = section.find('ul a:not(.lantern-term)').map((_, a) => $(a).attr('href')).get();
        expect(links, `${code} ${right.id}`).toEqual(right.indicators.map((id) => localePath(code, routes.indicator(id))));
        expect(section.find('.lantern-copy-link__anchor').attr('href'), right.id).toBe(localePath(code, routes.right(right.id)));
      }
    }
  });

  it('have no broken links to pages or anchors', () => {
    const broken: string[] = [];
    const pages = builtPages().filter((p) => /\/(standards|rights)\/|\/principles\/\d+\//.test(p));
    for (const page of pages) {
      const $ = loadPage(page);
      $('main a[href^="/"], main a[href^="#"]').each((_, a) => {
        const href = $(a).attr('href')!;
        const [path, fragment] = href.startsWith('#') ? [page, href.slice(1)] : href.split('#');
        if (!hasPage(path!)) return void broken.push(`${page} → ${href}`);
        if (fragment && loadPage(path!)(`[id="${fragment}"]`).length === 0) broken.push(`${page} → ${href}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('show a standard in its language and indexed where translated, in English and unindexed where it falls back', () => {
    expect(loadPage('/standards/s5/')('[data-pagefind-body]').length).toBe(1);
    for (const { code } of locales.filter((l) => l.code !== defaultLocale)) {
      const $ = loadPage(localePath(code, routes.standard('S5')));
      const fallsBack = $(`meta[name="${translationMetaName}"]`).attr('content') === 'fallback';
      expect($('[data-standard="S5"]').attr('lang'), code).toBe(fallsBack ? 'en' : undefined);
      expect($('[data-pagefind-body]').length, code).toBe(fallsBack ? 0 : 1);
    }
  });
});

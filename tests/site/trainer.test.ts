import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { bundlePath, type LocaleBundle } from '../../src/lib/offline/bundle';
import { defaultLocale, locales, type LocaleCode } from '../../src/lib/locales';
import { builtPages, hasPage, loadPage } from '../helpers/dist';
import { dataDir, distDir, i18nDir } from '../helpers/paths';

// Expected addresses are written out here, not taken from src/lib/urls.ts or short-links.ts, so
// that a change there that breaks printed links fails this test.

const { content } = buildContent(readRawContent(dataDir));
const principles = content.kinds.principles.en;
const standards = content.kinds.standards.en;
const checklists = content.kinds.checklists.en;
const modules = content.kinds.modules.en;
const number = (id: string) => id.replace(/^[PSM]/i, '');
const prefix = (locale: LocaleCode) => (locale === defaultLocale ? '' : `/${locale}`);

interface Expected {
  from: string;
  to: string;
}

/** Every short link the issue promises, in one language. */
function expectedLinks(locale: LocaleCode): Expected[] {
  const p = prefix(locale);
  return [
    ...principles.map((x) => ({ from: `${p}/p/${number(x.id)}/`, to: `${p}/principles/${number(x.id)}/` })),
    ...standards.flatMap((s) => [
      { from: `${p}/s/${number(s.id)}/`, to: `${p}/standards/s${number(s.id)}/` },
      ...s.indicators.map((i) => ({
        from: `${p}/s/${number(i.id)}/`,
        to: `${p}/standards/s${number(s.id)}/#s${number(i.id).replace('.', '-')}`,
      })),
    ]),
    ...checklists.map((c) => ({ from: `${p}/c/${c.id}/`, to: `${p}/checklists/${c.id}/` })),
    ...modules.map((m) => ({ from: `${p}/m/${number(m.id)}/`, to: `${p}/training/m${number(m.id)}/` })),
  ];
}

const allExpected = locales.flatMap(({ code }) => expectedLinks(code));

/** The public site URL the build used, read from a page's canonical link. */
function siteOrigin(): string {
  const canonical = loadPage('/principles/1/')('link[rel="canonical"]').attr('href');
  if (!canonical) throw new Error('/principles/1/ has no canonical link');
  return new URL(canonical).origin;
}

const strings = (namespace: string, locale: LocaleCode) =>
  JSON.parse(readFileSync(join(i18nDir, namespace, `${locale}.json`), 'utf8')) as Record<string, string>;

describe('short links', () => {
  for (const { code } of locales) {
    it(`lead to the right page or anchor in ${code}, by meta refresh, canonical link and a plain link`, () => {
      const origin = siteOrigin();
      const problems: string[] = [];
      for (const { from, to } of expectedLinks(code)) {
        if (!hasPage(from)) {
          problems.push(`${from}: no page`);
          continue;
        }
        const $ = loadPage(from);
        const refresh = $('meta[http-equiv="refresh"]').attr('content');
        if (refresh !== `0; url=${to}`) problems.push(`${from}: refresh "${refresh}", expected "0; url=${to}"`);
        const canonical = $('link[rel="canonical"]').attr('href');
        if (canonical !== origin + to) problems.push(`${from}: canonical ${canonical}, expected ${origin + to}`);
        if ($(`main a[href="${to}"]`).length !== 1) problems.push(`${from}: no visible link to ${to}`);
        const [page, anchor] = to.split('#');
        if (!hasPage(page!)) problems.push(`${from}: leads to ${page}, which is not built`);
        else if (anchor && loadPage(page!)(`[id="${anchor}"]`).length !== 1) problems.push(`${from}: ${page} has no #${anchor}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('are the only pages under /p/, /s/, /c/ and /m/', () => {
    const expected = new Set(allExpected.map((link) => link.from));
    const shortPattern = new RegExp(`^(?:/(?:${locales.map((l) => l.code).join('|')}))?/[pscm]/`);
    const stray = builtPages().filter((page) => shortPattern.test(page) && !expected.has(page));
    expect(stray).toEqual([]);
  });

  it('are listed in /_redirects, one permanent redirect each, within Cloudflare Pages’ limit', () => {
    const lines = readFileSync(join(distDir, '_redirects'), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(lines.sort()).toEqual(allExpected.map(({ from, to }) => `${from} ${to} 301`).sort());
    // Cloudflare Pages reads at most 2,000 static redirects.
    expect(lines.length).toBeLessThanOrEqual(2000);
  });

  it('are saved with each language for offline use, with the workshop views and packs', () => {
    const missing: string[] = [];
    for (const { code } of locales) {
      const bundle = JSON.parse(readFileSync(join(distDir, ...bundlePath(code).split('/')), 'utf8')) as LocaleBundle;
      const urls = new Set(bundle.files.map((file) => file[0]));
      const p = prefix(code);
      const pages = [
        ...expectedLinks(code).map((link) => link.from),
        ...principles.map((x) => `${p}/principles/${number(x.id)}/workshop/`),
        ...standards.map((s) => `${p}/standards/s${number(s.id)}/workshop/`),
        ...modules.flatMap((m) => [`${p}/training/m${number(m.id)}/workshop/`, `${p}/training/m${number(m.id)}/workshop-pack/`]),
      ];
      missing.push(...pages.filter((page) => !urls.has(page)).map((page) => `${code}: ${page}`));
    }
    expect(missing).toEqual([]);
  });
});

describe('the share panel', () => {
  for (const { code } of locales) {
    it(`is on every principle, standard, checklist and module page in ${code}, with the short link, a copy button and a QR code`, () => {
      const origin = siteOrigin();
      const p = prefix(code);
      const own = strings('trainer', code);
      const pages: Array<[string, string]> = [
        ...principles.map((x): [string, string] => [`${p}/principles/${number(x.id)}/`, `${p}/p/${number(x.id)}/`]),
        ...standards.map((s): [string, string] => [`${p}/standards/s${number(s.id)}/`, `${p}/s/${number(s.id)}/`]),
        ...checklists.map((c): [string, string] => [`${p}/checklists/${c.id}/`, `${p}/c/${c.id}/`]),
        ...modules.map((m): [string, string] => [`${p}/training/m${number(m.id)}/`, `${p}/m/${number(m.id)}/`]),
      ];
      const problems: string[] = [];
      for (const [page, short] of pages) {
        const $ = loadPage(page);
        const panel = $('section.lantern-share');
        if (panel.length !== 1) {
          problems.push(`${page}: ${panel.length} share panels`);
          continue;
        }
        const url = origin + short;
        if (panel.find('.lantern-share__url').text() !== url) problems.push(`${page}: short link "${panel.find('.lantern-share__url').text()}", expected ${url}`);
        if (panel.find('lantern-copy-link').attr('data-url') !== url) problems.push(`${page}: copy button copies ${panel.find('lantern-copy-link').attr('data-url')}`);
        if (panel.find('lantern-copy-link button[type="button"]').length !== 1) problems.push(`${page}: no copy button`);
        if (panel.find('svg.lantern-qr path').length !== 1) problems.push(`${page}: no QR code`);
        if (panel.find('h2').text() !== own['share.heading']) problems.push(`${page}: heading "${panel.find('h2').text()}", expected "${own['share.heading']}"`);
        if ($(`a[href="#${panel.find('h2').attr('id')}"]`).length === 0) problems.push(`${page}: the panel is not in the table of contents`);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('the workshop pack', () => {
  for (const { code } of locales) {
    it(`holds, for each module in ${code}, the handout, the blank checklists, the paper quiz and the answer sheet, in that order`, () => {
      const p = prefix(code);
      const problems: string[] = [];
      for (const module of modules) {
        const page = `${p}/training/m${number(module.id)}/workshop-pack/`;
        if (!hasPage(page)) {
          problems.push(`${page}: not built`);
          continue;
        }
        const $ = loadPage(page);
        const parts = $('[data-pack-part]').map((_, e) => $(e).attr('data-pack-part')).get();
        if (parts.join() !== 'handout,checklists,quiz,answers') problems.push(`${page}: parts ${parts.join()}`);
        const handout = $('[data-pack-part="handout"]');
        if (handout.find('ol li').length !== module.handout.points.length) problems.push(`${page}: handout has ${handout.find('ol li').length} points`);
        const forms = $('[data-paper-checklist]').map((_, e) => $(e).attr('data-paper-checklist')).get();
        if (forms.join() !== module.checklists.join()) problems.push(`${page}: checklists ${forms.join()}, expected ${module.checklists.join()}`);
        if ($('[data-paper-checklist] input, [data-paper-checklist] [data-ticked]').length > 0) problems.push(`${page}: checklists are not blank`);
        const quiz = $('[data-pack-part="quiz"]');
        if (quiz.find('[data-question]').length !== module.quiz.length) problems.push(`${page}: quiz has ${quiz.find('[data-question]').length} questions`);
        if (quiz.find('[data-correct], [data-option-feedback]').length > 0) problems.push(`${page}: the participants’ quiz gives the answers away`);
        const answers = $('[data-pack-part="answers"]');
        for (const question of module.quiz) {
          const correct = answers.find(`[data-question="${question.id}"] [data-correct]`).map((_, e) => $(e).attr('data-option')).get();
          if (correct.join() !== question.correct) problems.push(`${page}: answer sheet marks ${correct.join()} for ${question.id}, expected ${question.correct}`);
        }
        if ($('[data-pagefind-body]').length > 0) problems.push(`${page}: in search, though all of it is on other pages`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('is linked from each module page and its facilitator notes', () => {
    const missing = modules.flatMap((m) =>
      [`/training/m${number(m.id)}/`, `/training/m${number(m.id)}/facilitator/`].filter(
        (page) => loadPage(page)(`a[href="/training/m${number(m.id)}/workshop-pack/"]`).length === 0,
      ),
    );
    expect(missing).toEqual([]);
  });
});

describe('the workshop view', () => {
  for (const { code } of locales) {
    it(`exists in ${code} for every principle, standard and module, without the site's navigation, linked from the page`, () => {
      const p = prefix(code);
      const views: Array<[string, string]> = [
        ...principles.map((x): [string, string] => [`${p}/principles/${number(x.id)}/`, `${p}/principles/${number(x.id)}/workshop/`]),
        ...standards.map((s): [string, string] => [`${p}/standards/s${number(s.id)}/`, `${p}/standards/s${number(s.id)}/workshop/`]),
        ...modules.map((m): [string, string] => [`${p}/training/m${number(m.id)}/`, `${p}/training/m${number(m.id)}/workshop/`]),
      ];
      const problems: string[] = [];
      for (const [page, view] of views) {
        if (!hasPage(view)) {
          problems.push(`${view}: not built`);
          continue;
        }
        const $ = loadPage(view);
        if ($('[data-slide]').length < 2) problems.push(`${view}: ${$('[data-slide]').length} slides`);
        if ($('#starlight__sidebar, .sidebar, site-search').length > 0) problems.push(`${view}: carries the site's navigation`);
        if ($('a[data-leave]').attr('href') !== page) problems.push(`${view}: leaves for ${$('a[data-leave]').attr('href')}, expected ${page}`);
        if (loadPage(page)(`a[href="${view}"]`).length === 0) problems.push(`${page}: no link to ${view}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('opens at each module section from a link after it on the module page', () => {
    const problems: string[] = [];
    for (const module of modules) {
      const view = `/training/m${number(module.id)}/workshop/`;
      for (const section of module.sections) {
        const href = `${view}#${section.id}`;
        if (loadPage(`/training/m${number(module.id)}/`)(`section[aria-labelledby="${section.id}"] + [data-section-workshop] a[href="${href}"]`).length !== 1) problems.push(`no link to ${href} in its section`);
        if (loadPage(view)(`[data-slide] h2[id="${section.id}"]`).length !== 1) problems.push(`${view} has no slide heading #${section.id}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

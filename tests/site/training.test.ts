import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { locales } from '../../src/lib/locales';
import { passCount } from '../../src/lib/training/progress';
import { translationMetaName } from '../../src/lib/translation/page';
import { localePath, moduleAnchors, routes } from '../../src/lib/urls';
import { hasPage, loadPage } from '../helpers/dist';
import { ownScriptSize } from '../helpers/page-js';
import { dataDir } from '../helpers/paths';

const modules = buildContent(readRawContent(dataDir)).content.kinds.modules.en;

const pagesOf = (id: string) => [routes.module(id), routes.moduleFacilitator(id), routes.moduleHandout(id), routes.moduleCertificate(id)];

describe('the training pages in the built site', () => {
  for (const locale of locales) {
    it(`are published in ${locale.code}: overview, My learning, and four pages per module`, () => {
      const expected = [routes.training(), routes.myLearning(), ...modules.flatMap((m) => pagesOf(m.id))];
      expect(expected.map((p) => localePath(locale.code, p)).filter((p) => !hasPage(p))).toEqual([]);
    });
  }

  it('render every bold and italic mark in every locale (no stray asterisks, as when CJK punctuation ends a bold span)', () => {
    const stray = locales.flatMap((locale) =>
      modules.flatMap((m) =>
        pagesOf(m.id)
          .map((page) => localePath(locale.code, page))
          .filter((page) => /\*\*|(^|\s)\*\S|\S\*(\s|$)/.test(loadPage(page)('main').text())),
      ),
    );
    expect(stray).toEqual([]);
  });

  it('list every module on the overview, in order, with its duration', () => {
    const $ = loadPage('/training/');
    expect($('.lantern-module-card h2 a').map((_, a) => $(a).attr('href')).get()).toEqual(modules.map((m) => `/${routes.module(m.id)}`));
    for (const module of modules) expect($('.lantern-modules').text()).toContain(`${module.durationMinutes} minutes`);
  });

  it('put Training and My learning in the sidebar of every locale', () => {
    for (const locale of locales) {
      const links = loadPage(localePath(locale.code, routes.training()))('nav.sidebar a').map((_, a) => loadPage(localePath(locale.code, routes.training()))(a).attr('href')).get();
      expect(links, locale.code).toEqual(expect.arrayContaining([localePath(locale.code, routes.training()), localePath(locale.code, routes.myLearning())]));
    }
  });
});

describe.each(modules.map((m) => [m.id, m] as const))('the page of module %s', (id, module) => {
  const $ = loadPage(`/${routes.module(id)}`);

  it('shows objectives, duration, every section and the links for trainers', () => {
    expect($(`#${moduleAnchors.objectives}`).nextAll('ul').first().find('li')).toHaveLength(module.objectives.length);
    expect($('.lantern-module-meta').text()).toContain(`${module.durationMinutes} minutes`);
    for (const section of module.sections) expect($(`section > h2#${section.id}`).text(), section.id).toBe(section.title);
    expect($(`a[href="/${routes.moduleFacilitator(id)}"]`).length).toBeGreaterThan(0);
    expect($(`a[href="/${routes.moduleHandout(id)}"]`).length).toBeGreaterThan(0);
  });

  it('renders section bodies from Markdown, without raw HTML or headings of their own', () => {
    for (const section of module.sections) {
      const body = $(`section[aria-labelledby="${section.id}"]`);
      expect(body.find('p').length, section.id).toBeGreaterThan(0);
      const rendered = body.children().not('h2, lantern-read-toggle, script');
      expect(rendered.not('p, ul, ol').length, section.id).toBe(0);
      // The only links allowed are the glossary's (added after rendering, class lantern-term).
      expect(rendered.find('h1, h2, h3, h4, a:not(.lantern-term), img, script, iframe, table, pre').length, section.id).toBe(0);
    }
  });

  it('labels every scenario and role-play as fictional', () => {
    expect($(`#${moduleAnchors.scenarios}`).next('p').text()).toMatch(/fictional composite/);
    for (const scenario of module.scenarios) {
      const label = $(`#${scenario.id}`).prev('.lantern-scenario__kind').text();
      expect(label, scenario.id).toBe(scenario.kind === 'role-play' ? 'Fictional role-play' : 'Fictional scenario');
    }
  });

  it('has a fieldset and legend per question, a radio per option, and the pass mark stated', () => {
    const fieldsets = $('lantern-quiz fieldset');
    expect(fieldsets).toHaveLength(module.quiz.length);
    module.quiz.forEach((question, index) => {
      const fieldset = fieldsets.eq(index);
      expect(fieldset.find('legend').text(), question.id).toContain(question.question);
      expect(fieldset.find('input[type="radio"]'), question.id).toHaveLength(question.options.length);
      for (const input of fieldset.find('input').get()) expect($(`label[for="${$(input).attr('id')}"]`), question.id).toHaveLength(1);
    });
    expect($('lantern-quiz').text()).toContain(`at least ${passCount(module.quiz.length)} of the ${module.quiz.length} questions right the first time (80%)`);
  });

  it('teaches without JavaScript: an answer key with the best answer, feedback on every option and a source', () => {
    const key = $('details[data-answer-key]');
    expect(key.find('summary').text()).toBe('Check your answers');
    for (const question of module.quiz) {
      const item = key.find(`li[data-question="${question.id}"]`);
      expect(item.find('li[data-correct]').attr('data-option'), question.id).toBe(question.correct);
      for (const option of question.options) {
        expect(item.find(`li[data-option="${option.id}"] [data-option-feedback]`).text(), `${question.id}.${option.id}`).toBe(option.feedback);
      }
      expect(item.find('.lantern-source-labels').text(), question.id).toMatch(/^Source: \S/);
    }
  });

  it('links only to pages that exist, including the principles it teaches', () => {
    const hrefs = $('main a[href^="/"]').map((_, a) => $(a).attr('href')).get();
    expect(hrefs.filter((href) => !hasPage(href))).toEqual([]);
    const practice = $(`#${moduleAnchors.practice}`).nextUntil('h2').find('a').map((_, a) => $(a).attr('href')).get();
    expect(practice).toEqual(expect.arrayContaining(module.principles.map((p) => `/${routes.principle(p)}`)));
  });

  it('lists its sources', () => {
    expect($(`#${moduleAnchors.sources}`).next('.lantern-sources').find('li').length).toBeGreaterThan(0);
  });

  it('has facilitator notes with timings that add up, materials and safety notes', () => {
    const notes = loadPage(`/${routes.moduleFacilitator(id)}`);
    expect(notes('.lantern-plan tbody tr')).toHaveLength(module.facilitator.plan.length);
    expect(notes('.lantern-plan tfoot').text()).toContain(`${module.durationMinutes} minutes`);
    expect(notes('#materials').next('ul').find('li')).toHaveLength(module.facilitator.materials.length);
    expect(notes('#safety').next('ul').find('li')).toHaveLength(module.facilitator.safety.length);
    expect(notes('#answers').next('ol').children('li')).toHaveLength(module.quiz.length);
  });

  it('has a handout with its key points', () => {
    expect(loadPage(`/${routes.moduleHandout(id)}`)('.lantern-handout__points li')).toHaveLength(module.handout.points.length);
  });

  it('is indexed in its language where translated, and marked English and kept out of search where it falls back', () => {
    expect($('[data-pagefind-body]')).toHaveLength(1);
    for (const locale of locales.filter((l) => l.code !== 'en')) {
      const page = loadPage(localePath(locale.code, routes.module(id)));
      const fallsBack = page(`meta[name="${translationMetaName}"]`).attr('content') === 'fallback';
      expect(page('html').attr('lang'), locale.code).toBe(locale.lang);
      expect(page(`[data-module="${id}"]`).attr('lang'), locale.code).toBe(fallsBack ? 'en' : undefined);
      expect(page('[data-pagefind-body]'), locale.code).toHaveLength(fallsBack ? 0 : 1);
    }
  });
});

describe('JavaScript on interactive training pages', () => {
  const budget = 30 * 1024;
  const interactive = [routes.training(), routes.myLearning(), ...modules.flatMap((m) => [routes.module(m.id), routes.moduleCertificate(m.id)])];

  it.each(interactive.map((p) => [`/${p}`]))('%s loads under 30 KB of its own, compressed', (page) => {
    const size = ownScriptSize(page, '/about/');
    expect(size.files.length, `${page} loads no script of its own`).toBeGreaterThan(0);
    expect(size.gzip, `${page}: ${size.gzip} bytes gzip in ${size.files.join(', ')}`).toBeLessThan(budget);
    expect(size.brotli, `${page}: ${size.brotli} bytes brotli`).toBeLessThan(budget);
  });

  it('adds no script to the pages that have nothing interactive', () => {
    for (const page of modules.flatMap((m) => [routes.moduleFacilitator(m.id), routes.moduleHandout(m.id)])) {
      expect(ownScriptSize(`/${page}`, '/about/').files, page).toEqual([]);
    }
  });
});

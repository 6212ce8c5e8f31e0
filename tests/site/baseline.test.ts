import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { backgroundTopicIds, economyIds } from '../../src/lib/content/schema';
import { formatNumber } from '../../src/lib/i18n/format';
import { locales } from '../../src/lib/locales';
import { localePath, routes } from '../../src/lib/urls';
import { hasPage, loadPage } from '../helpers/dist';
import { dataDir, i18nDir } from '../helpers/paths';

const { content } = buildContent(readRawContent(dataDir));
const sourceLabels = JSON.parse(readFileSync(join(i18nDir, 'source', 'en.json'), 'utf8')) as Record<string, string>;
const partLabel = (part: string) => sourceLabels[`part.${part}`]!;

const ownPaths = [
  routes.baseline(),
  ...economyIds.map(routes.economy),
  routes.background(),
  ...backgroundTopicIds.map(routes.backgroundTopic),
  routes.glossary(),
];

describe('the baseline, background and glossary pages', () => {
  for (const locale of locales) {
    it(`are published in ${locale.code}`, () => {
      expect(ownPaths.map((p) => localePath(locale.code, p)).filter((p) => !hasPage(p))).toEqual([]);
    });
  }

  it('head every country profile as the 2007 baseline and cite its chapter, in every locale', () => {
    for (const locale of locales) {
      for (const profile of content.kinds.baseline.en) {
        const path = localePath(locale.code, routes.economy(profile.id));
        const $ = loadPage(path);
        expect($('h1').text(), path).toContain(formatNumber(locale.code, 2007, { useGrouping: false }));
        const notice = $('[data-baseline-notice]');
        expect(notice.length, path).toBe(1);
        if (locale.code === 'en') {
          expect(notice.text(), path).toMatch(/not a picture of today/);
          expect(notice.text(), path).toContain(partLabel(profile.source[0]!.part));
          expect($('.lantern-sources li').first().text(), path).toBe(partLabel(profile.source[0]!.part));
        }
      }
    }
  });

  it('name the source section of every background page', () => {
    for (const topic of content.kinds.background.en) {
      const $ = loadPage(localePath('en', routes.backgroundTopic(topic.id)));
      const first = $('#source ~ .lantern-sources li').first().text();
      const ref = topic.source[0]!;
      expect(first, topic.id).toContain(partLabel(ref.part));
      if (ref.heading) expect(first, topic.id).toContain(ref.heading);
    }
  });

  it('show the figures of the report on the profile pages', () => {
    expect(loadPage('/baseline/cambodia/')('main').text()).toMatch(/5\s+government ministries and 23\s+NGOs/);
    expect(loadPage('/baseline/indonesia/')('main').text()).toMatch(/by April 2007 it had\s+given direct help to more than 2,200\s+people/);
    expect(loadPage('/baseline/lao-pdr/')('main').text()).toMatch(/2\s+psychiatrists/);
    expect(loadPage('/baseline/viet-nam/')('main').text()).toMatch(/On 27 September 2007,\s*Inter-Ministerial Circular 116\/2007\/TTLT-BTC-BLDTBXH/);
    expect(loadPage('/baseline/').text()).toMatch(/From 15 August 2007 to 17 August 2007/);
  });

  it('show each agency’s self-rating in a table with a caption', () => {
    const $ = loadPage('/baseline/thailand/');
    const rows = $('#effectiveness').parent().find('table tbody tr');
    expect(rows.length).toBe(5);
    expect($('#effectiveness').parent().find('table caption').text()).toMatch(/1 .* 5/);
  });

  it('list the eleven recommendations with stable anchors, each linking to what acts on it', () => {
    const $ = loadPage('/baseline/');
    const ids = $('[data-recommendation]').map((_, el) => $(el).attr('data-recommendation')).get();
    expect(ids).toEqual(Array.from({ length: 11 }, (_, i) => `recommendation-${i + 1}`));
    for (const id of ids) {
      expect($(`#${id}`).length, id).toBe(1);
      const links = $(`[data-recommendation="${id}"] .lantern-actors a`).map((_, a) => $(a).attr('href')).get();
      expect(links.length, id).toBeGreaterThan(0);
      for (const href of links) expect(hasPage(href), `${id} → ${href}`).toBe(true);
    }
    for (const finding of content.kinds.findings.en) expect($(`#${finding.id}`).length, finding.id).toBe(1);
  });

  it('draw the intervention pyramid as an image with a text equivalent', () => {
    const $ = loadPage('/background/intervention-pyramid/');
    const svg = $('figure.lantern-pyramid svg[role="img"]');
    expect(svg.length).toBe(1);
    expect($(`#${svg.attr('aria-labelledby')}`).text()).toBeTruthy();
    expect($('figure.lantern-pyramid figcaption').text()).toBeTruthy();
    const pyramid = content.kinds.background.en.find((b) => b.id === 'intervention-pyramid')!;
    for (const level of pyramid.levels) {
      expect($(`#${level.id}`).text(), level.id).toContain(level.label);
      expect($(`#${level.id}`).text(), level.id).toContain(level.description.split(' ').slice(0, 4).join(' '));
    }
  });

  it('have no broken internal links or anchors', () => {
    const broken: string[] = [];
    for (const locale of locales) {
      for (const path of ownPaths.map((p) => localePath(locale.code, p))) {
        const $ = loadPage(path);
        $('main a[href^="/"]').each((_, a) => {
          const href = $(a).attr('href')!;
          const [target, hash] = href.split('#');
          if (!hasPage(target!)) broken.push(`${path} → ${href}`);
          else if (hash && loadPage(target!)(`[id="${hash}"]`).length === 0) broken.push(`${path} → ${href} (no anchor)`);
        });
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the glossary', () => {
  it('lists every term with its anchor, in every locale', () => {
    for (const locale of locales) {
      const $ = loadPage(localePath(locale.code, routes.glossary()));
      for (const term of content.kinds.glossary[locale.code]) {
        expect($(`dt#${term.id}`).text(), `${locale.code} ${term.id}`).toBe(term.term);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { locales } from '../../src/lib/locales';
import { localePath, routes } from '../../src/lib/urls';
import { builtPages, loadPage } from '../helpers/dist';
import { dataDir } from '../helpers/paths';

const { content } = buildContent(readRawContent(dataDir));

describe('glossary links added by the build (integrations/glossary-links.ts)', () => {
  it('links every term from the first use on at least one content page', () => {
    const linked = new Set<string>();
    for (const page of builtPages()) {
      if (page.split('/')[1] && locales.some((l) => l.code === page.split('/')[1])) continue;
      const $ = loadPage(page);
      $('a.lantern-term').each((_, a) => void linked.add($(a).attr('href')!.split('#')[1]!));
    }
    const unlinked = content.kinds.glossary.en.map((g) => g.id).filter((id) => !linked.has(id));
    expect(unlinked).toEqual([]);
  });

  it('links terms once per page, never inside headings, links or navigation, and never on the glossary page', () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const $ = loadPage(page);
      const hrefs = $('a.lantern-term').map((_, a) => $(a).attr('href')).get();
      const repeated = hrefs.filter((href, i) => hrefs.indexOf(href) !== i);
      if (repeated.length > 0) problems.push(`${page}: ${repeated.join(', ')} linked more than once`);
      const misplaced = $('a.lantern-term').filter((_, a) => $(a).parents('h1, h2, h3, h4, h5, h6, a, nav, header, footer, [data-no-glossary]').length > 0);
      if (misplaced.length > 0) problems.push(`${page}: ${misplaced.length} glossary link(s) in a heading, link or navigation`);
      if (/\/glossary\/$/.test(page) && hrefs.length > 0) problems.push(`${page}: the glossary links to itself`);
    }
    expect(problems).toEqual([]);
  });

  it('points every glossary link at an entry of the page’s own glossary', () => {
    const wrong: string[] = [];
    for (const page of builtPages()) {
      const $ = loadPage(page);
      const prefix = locales.find((l) => l.code !== 'en' && page.startsWith(`/${l.code}/`))?.code ?? 'en';
      $('a.lantern-term').each((_, a) => {
        const href = $(a).attr('href')!;
        const [target, hash] = href.split('#');
        if (target !== localePath(prefix, routes.glossary()) || loadPage(target!)(`dt[id="${hash}"]`).length !== 1) {
          wrong.push(`${page} → ${href}`);
        }
      });
    }
    expect(wrong).toEqual([]);
  });
});

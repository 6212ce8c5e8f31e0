import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { builtHtmlPages, vocabularyFile } from '../../integrations/offline/search-index';
import { localeOfPath } from '../../src/lib/offline/bundle';
import { getLocale, type LocaleCode } from '../../src/lib/locales';
import { searchQuery } from '../../src/lib/search/indexed-text';
import { distDir } from './paths';
import { measureRecall, sampleWords, visibleBlocks, type Recall } from './recall';
import { openSearchIndex } from './search';

/**
 * Recall of the built site's search, per language: `count` words drawn (seeded) from the visible
 * text of the language's indexed pages, each searched as a reader would type it. A language with
 * no indexed pages yet (all English fallbacks until its translation lands) is skipped, not failed.
 */
export type SiteRecall = { locale: LocaleCode; pages: number } & ({ skipped: true } | { skipped: false; recall: Recall });

export const recallSeed = 20070815;

export async function siteRecall(locale: LocaleCode, count = 50, dir = distDir): Promise<SiteRecall> {
  const { lang } = getLocale(locale);
  const pages = builtHtmlPages(dir).filter((p) => localeOfPath(p.url) === locale && p.html.includes('data-pagefind-body'));
  if (pages.length === 0) return { locale, pages: 0, skipped: true };
  const sources = pages.map((p) => ({ url: p.url, blocks: visibleBlocks(p.html) }));
  const vocabularyPath = join(dir, 'pagefind', vocabularyFile(lang));
  const vocabulary = existsSync(vocabularyPath) ? new Set(JSON.parse(readFileSync(vocabularyPath, 'utf8')) as string[]) : undefined;
  const query = (word: string) => searchQuery(word, lang, vocabulary);
  const index = await openSearchIndex(join(dir, 'pagefind'), lang.toLowerCase());
  try {
    // A word that stemming widens to more than five pages ("pushed" finds every "push") cannot put
    // its own page in the top five, however good the index: such words are drawn again. A word the
    // index does not find at all finds nothing, stays in the sample, and counts as a miss.
    const samples = [];
    for (const sample of sampleWords(sources, lang, count * 4, recallSeed)) {
      if (samples.length === count) break;
      if ((await index.count(query(sample.word))) <= 5) samples.push(sample);
    }
    return { locale, pages: pages.length, skipped: false, recall: await measureRecall(index, samples, query) };
  } finally {
    await index.close();
  }
}

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vocabularyFile, writeSearchIndex, type HtmlPage } from '../../integrations/offline/search-index';
import { getLocale, type LocaleCode } from '../../src/lib/locales';
import { searchQuery } from '../../src/lib/search/indexed-text';
import { everyMiddleWord, measureRecall, type Recall, type SourceText } from './recall';
import { root } from './paths';
import { openSearchIndex } from './search';

/**
 * The search fixture: short pages written in seven languages (tests/fixtures/search/pages.json),
 * indexed either the way Lantern indexes its pages or the way Pagefind does by default, then
 * searched with Pagefind's own client for every word from the middle of a sentence.
 */

interface FixturePage {
  slug: string;
  title: string;
  sentences: string[];
}

const fixtureFile = join(root, 'tests', 'fixtures', 'search', 'pages.json');
const fixture = JSON.parse(readFileSync(fixtureFile, 'utf8')) as Record<string, FixturePage[]>;

export const fixtureLocales = Object.keys(fixture).filter((key) => !key.startsWith('_')) as LocaleCode[];

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The fixture's pages in one language, as HTML shaped like a Starlight page. */
export function fixturePages(locale: LocaleCode): HtmlPage[] {
  const { lang } = getLocale(locale);
  return (fixture[locale] ?? []).map((page) => ({
    url: `/${locale}/${page.slug}/`,
    html:
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(page.title)}</title></head>` +
      `<body><header><nav><a href="/">Lantern</a></nav></header>` +
      `<main data-pagefind-body><h1>${escape(page.title)}</h1><p>${page.sentences.map(escape).join(' ')}</p></main>` +
      `</body></html>`,
  }));
}

export function fixtureSources(locale: LocaleCode): SourceText[] {
  return (fixture[locale] ?? []).map((page) => ({ url: `/${locale}/${page.slug}/`, blocks: [page.sentences.join(' ')] }));
}

export type SearchSetup = 'lantern' | 'pagefind-default';

/** Indexes the fixture for one language with one setup and measures recall over it. */
export async function fixtureRecall(locale: LocaleCode, setup: SearchSetup, transformWord: (word: string) => string = (w) => w): Promise<Recall> {
  const { lang } = getLocale(locale);
  const dir = mkdtempSync(join(tmpdir(), `lantern-search-${locale}-`));
  try {
    await writeSearchIndex(fixturePages(locale), dir, { segment: setup === 'lantern' });
    const vocabularyPath = join(dir, vocabularyFile(lang));
    const vocabulary = existsSync(vocabularyPath) ? new Set(JSON.parse(readFileSync(vocabularyPath, 'utf8')) as string[]) : undefined;
    const index = await openSearchIndex(dir, lang.toLowerCase());
    try {
      const samples = everyMiddleWord(fixtureSources(locale), lang);
      const query = setup === 'lantern' ? (word: string) => searchQuery(transformWord(word), lang, vocabulary) : transformWord;
      return await measureRecall(index, samples, query);
    } finally {
      await index.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

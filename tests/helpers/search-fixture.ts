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

const indexes = new Map<SearchSetup, Promise<string>>();

/**
 * The fixture indexed with one setup: every language in one Pagefind bundle (Pagefind keeps one
 * index per language), built once per test run.
 */
function fixtureIndex(setup: SearchSetup): Promise<string> {
  let dir = indexes.get(setup);
  if (!dir) {
    const out = mkdtempSync(join(tmpdir(), `lantern-search-${setup}-`));
    dir = writeSearchIndex(fixtureLocales.flatMap(fixturePages), out, { segment: setup === 'lantern' }).then(() => out);
    indexes.set(setup, dir);
  }
  return dir;
}

/** Removes the fixture's indexes (call once, after the last `fixtureRecall`). */
export async function closeFixtureIndexes(): Promise<void> {
  for (const dir of indexes.values()) rmSync(await dir, { recursive: true, force: true });
  indexes.clear();
}

/** Measures recall over the fixture for one language with one setup. */
export async function fixtureRecall(locale: LocaleCode, setup: SearchSetup, transformWord: (word: string) => string = (w) => w): Promise<Recall> {
  const { lang } = getLocale(locale);
  const dir = await fixtureIndex(setup);
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
}

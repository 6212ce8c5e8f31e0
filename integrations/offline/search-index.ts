import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import * as pagefind from 'pagefind';
import { changesIndexedText, indexedRun, indexedWords, isSegmentedLanguage, vocabularyFile } from '../../src/lib/search/indexed-text';

export { vocabularyFile };

/**
 * Lantern's search index (Starlight's own Pagefind step is switched off with `pagefind: false`).
 *
 * Pagefind reads words by splitting on whitespace, which finds nothing inside a Khmer, Lao or
 * Burmese sentence. For pages in those languages (and Thai and Chinese, so that the index and
 * the query are cut by the same segmenter) Pagefind is given a copy of the page in which the text
 * of the indexed region has spaces between the words `Intl.Segmenter` finds. The page that is
 * served is never changed. See src/lib/search/segment.ts for how excerpts are restored.
 */

export interface HtmlPage {
  /** The page's URL on the site: `/km/principles/1/`. */
  url: string;
  html: string;
}

export interface IndexOptions {
  /**
   * Index Lantern's changed copies of pages (segmented words, folded "đ"). `false` is Pagefind's
   * default behaviour, kept so tests and the benchmark can show the difference.
   */
  segment: boolean;
}

export interface IndexSummary {
  pageCount: number;
  /** Pagefind's language keys, with the number of pages in each. */
  languages: Record<string, number>;
}

/** Elements whose text flows on in the same line: a word can continue across them. */
const inlineElements = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
const skippedElements = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/**
 * The copy of a page Pagefind indexes (src/lib/search/indexed-text.ts says how it differs), and
 * the words of unspaced script it contains.
 */
export function indexableCopy(html: string): { html: string; lang: string | undefined; words: string[] } {
  const $ = load(html);
  const lang = $('html').attr('lang');
  const words: string[] = [];
  const regions = $('[data-pagefind-body]');
  if (!changesIndexedText(lang) || regions.length === 0) return { html, lang, words };
  regions.each((_, region) => segmentElement(region, lang!, words));
  return { html: $.html(), lang, words };
}

function segmentElement(root: Element, lang: string, words: string[]): void {
  let run: Text[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const segmented = indexedRun(run.map((node) => node.data), lang);
    run.forEach((node, index) => (node.data = segmented[index]!));
    words.push(...indexedWords(segmented.join('')));
    run = [];
  };
  const walk = (node: AnyNode) => {
    if (node.type === 'text') {
      run.push(node as Text);
      return;
    }
    if (node.type !== 'tag') return;
    const element = node as Element;
    if (skippedElements.has(element.name)) return;
    const inline = inlineElements.has(element.name);
    if (!inline) flush();
    for (const child of element.children) walk(child);
    if (!inline) flush();
  };
  walk(root);
  flush();
}

/** Indexes the pages into a Pagefind bundle written to `outputPath`. */
export async function writeSearchIndex(pages: HtmlPage[], outputPath: string, options: IndexOptions): Promise<IndexSummary> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const languages: Record<string, number> = {};
    const vocabularies = new Map<string, Set<string>>();
    let pageCount = 0;
    for (const page of pages) {
      // Pages without an indexed region (404, English fallbacks in other languages) stay out.
      if (!page.html.includes('data-pagefind-body')) continue;
      let content = page.html;
      if (options.segment) {
        const copy = indexableCopy(page.html);
        content = copy.html;
        if (copy.lang && isSegmentedLanguage(copy.lang)) {
          const key = copy.lang.toLowerCase();
          if (!vocabularies.has(key)) vocabularies.set(key, new Set());
          for (const word of copy.words) vocabularies.get(key)!.add(word);
        }
      }
      const added = await index.addHTMLFile({ url: page.url, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
      pageCount++;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    for (const [lang, words] of vocabularies) {
      writeFileSync(join(outputPath, vocabularyFile(lang)), JSON.stringify([...words].sort()));
    }
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    for (const [language, info] of Object.entries(entry.languages)) languages[language] = info.page_count;
    return { pageCount, languages };
  } finally {
    await pagefind.close();
  }
}

/** Every HTML page of a built site, with its URL (`km/about/index.html` → `/km/about/`). */
export function builtHtmlPages(distDir: string): HtmlPage[] {
  const pages: HtmlPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== join(distDir, 'pagefind')) walk(full);
      } else if (entry.name.endsWith('.html')) {
        const path = '/' + relative(distDir, full).split(sep).join('/');
        pages.push({ url: path.replace(/index\.html$/, ''), html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(distDir);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

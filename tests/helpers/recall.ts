import { load } from 'cheerio';
import type { SearchIndex } from './search';

/**
 * Search recall as the issue defines it: words taken from the middle of sentences on a page are
 * searched for, and a hit is that page among the first five results. Sampling is seeded, so a run
 * is repeatable and a change in recall means a change in the search, not in the sample.
 */

export interface SourceText {
  url: string;
  /** Text blocks (paragraphs, list items, headings, cells) as a reader sees them. */
  blocks: string[];
}

export interface Sample {
  word: string;
  url: string;
}

export interface Recall {
  hits: number;
  total: number;
  misses: Sample[];
}

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sample everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const letter = /\p{L}/u;

/** The words of each sentence of a block, as `Intl.Segmenter` finds them. */
export function sentencesOfWords(block: string, lang: string): string[][] {
  const sentences = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const words = new Intl.Segmenter(lang, { granularity: 'word' });
  return [...sentences.segment(block)].map(({ segment }) =>
    [...words.segment(segment)].filter((w) => w.isWordLike && letter.test(w.segment)).map((w) => w.segment),
  );
}

/** Words that are neither the first nor the last of their sentence, at least two letters long. */
export function middleWords(block: string, lang: string): string[] {
  return sentencesOfWords(block, lang).flatMap((sentence) =>
    sentence.slice(1, -1).filter((word) => [...new Intl.Segmenter(lang).segment(word)].length >= 2),
  );
}

/**
 * `count` words drawn from the middle of sentences of randomly chosen pages. A word that occurs on
 * more than `top` pages is skipped: no search could put its source page in the first `top` results
 * for certain, so it would measure luck, not segmentation.
 */
export function sampleWords(sources: SourceText[], lang: string, count: number, seed: number, top = 5): Sample[] {
  const random = seededRandom(seed);
  const usable = searchableWords(sources, lang, top);
  const samples: Sample[] = [];
  if (usable.length === 0) return samples;
  for (let i = 0; i < count; i++) {
    const page = usable[Math.floor(random() * usable.length)]!;
    samples.push({ url: page.url, word: page.words[Math.floor(random() * page.words.length)]! });
  }
  return samples;
}

/** Every word from the middle of a sentence, once per page (for small fixtures). */
export function everyMiddleWord(sources: SourceText[], lang: string, top = 5): Sample[] {
  return searchableWords(sources, lang, top).flatMap((page) => [...new Set(page.words)].map((word) => ({ url: page.url, word })));
}

/** Per page, its middle-of-sentence words that occur on at most `top` pages. */
function searchableWords(sources: SourceText[], lang: string, top: number): Array<{ url: string; words: string[] }> {
  const pagesOf = new Map<string, Set<string>>();
  const candidates = sources.map((source) => {
    const words = source.blocks.flatMap((block) => middleWords(block, lang));
    for (const block of source.blocks) {
      for (const sentence of sentencesOfWords(block, lang)) {
        for (const word of sentence) {
          const key = word.toLocaleLowerCase(lang);
          if (!pagesOf.has(key)) pagesOf.set(key, new Set());
          pagesOf.get(key)!.add(source.url);
        }
      }
    }
    return { url: source.url, words };
  });
  return candidates
    .map((c) => ({ url: c.url, words: c.words.filter((w) => (pagesOf.get(w.toLocaleLowerCase(lang))?.size ?? 0) <= top) }))
    .filter((c) => c.words.length > 0);
}

export async function measureRecall(
  index: SearchIndex,
  samples: Sample[],
  query: (word: string) => string,
  top = 5,
): Promise<Recall> {
  const misses: Sample[] = [];
  for (const sample of samples) {
    const urls = await index.search(query(sample.word), top);
    if (!urls.includes(sample.url)) misses.push(sample);
  }
  return { hits: samples.length - misses.length, total: samples.length, misses };
}

const blockSelector = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, figcaption, blockquote, summary';
/** Elements Pagefind does not index (see DESIGN.md, "Known pitfalls"). */
const unindexed = 'script, style, template, form, label, nav, footer, [data-pagefind-ignore], .sr-only';

/** The text a reader sees in a page's indexed region, block by block. */
export function visibleBlocks(html: string): string[] {
  const $ = load(html);
  const body = $('[data-pagefind-body]');
  body.find(unindexed).remove();
  return body
    .find(blockSelector)
    .filter((_, element) => $(element).find(blockSelector).length === 0)
    .map((_, element) => $(element).text().replace(/\s+/gu, ' ').trim())
    .get()
    .filter((text) => text.length > 0);
}

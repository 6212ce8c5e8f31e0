import { afterAll, describe, expect, it } from 'vitest';
import { closeFixtureIndexes, fixtureLocales, fixtureRecall } from '../helpers/search-fixture';
import type { Recall } from '../helpers/recall';

/**
 * Search recall on pages written in seven languages (tests/fixtures/search/pages.json): every word
 * from the middle of a sentence is searched for, and a hit is its page among the first five
 * results. Lantern's index must find ≥ 95% in every language; Pagefind's default setup must be
 * shown to fail in Khmer, Lao and Burmese, or this test no longer proves anything.
 */

const required = 0.95;
const rate = (r: Recall) => r.hits / r.total;
const report = (locale: string, r: Recall) =>
  `${locale}: ${r.hits}/${r.total} (${(100 * rate(r)).toFixed(1)}%); missed: ${r.misses.slice(0, 12).map((m) => `${m.word} (${m.url})`).join(', ')}`;

afterAll(closeFixtureIndexes);

describe('search recall on the seven-language fixture', () => {
  for (const locale of fixtureLocales) {
    it(`finds ≥ 95% of words from the middle of sentences in ${locale}`, async () => {
      const recall = await fixtureRecall(locale, 'lantern');
      expect(recall.total, `${locale}: the fixture yields no words`).toBeGreaterThan(50);
      expect(rate(recall), report(locale, recall)).toBeGreaterThanOrEqual(required);
    });
  }

  for (const locale of ['km', 'lo', 'my'] as const) {
    it(`fails in ${locale} with Pagefind's default setup (what Lantern's indexing fixes)`, async () => {
      const recall = await fixtureRecall(locale, 'pagefind-default');
      expect(rate(recall), report(locale, recall)).toBeLessThan(required);
    });
  }

  it('finds Vietnamese words typed without tone marks, and "d" for "đ"', async () => {
    const bare = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const recall = await fixtureRecall('vi', 'lantern', bare);
    expect(rate(recall), report('vi', recall)).toBeGreaterThanOrEqual(required);
    // Pagefind alone folds tone marks but not "đ": the same test shows where it falls short.
    const plain = await fixtureRecall('vi', 'pagefind-default', bare);
    expect(plain.misses.every((m) => /đ/i.test(m.word)), report('vi default', plain)).toBe(true);
    expect(plain.misses.length, 'Pagefind alone should miss words with "đ" typed as "d"').toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locales';
import { requireDist } from '../helpers/dist';
import { siteRecall } from '../helpers/site-recall';

/**
 * The built site's search, per language: 50 words from the middle of sentences on randomly chosen
 * pages (seeded), a hit being the source page among the first five results. Languages whose pages
 * are all English fallbacks have nothing indexed and are skipped until their translation lands.
 */
describe('search recall on the built site', () => {
  for (const { code } of locales) {
    it(`finds ≥ 95% of sampled words in ${code} (skipped while ${code} has no indexed pages)`, async (context) => {
      requireDist();
      const result = await siteRecall(code);
      if (result.skipped) {
        context.skip(`${code}: no page is indexed yet (all English fallbacks)`);
        return;
      }
      const { recall } = result;
      const missed = recall.misses.map((m) => `${m.word} (${m.url})`).join(', ');
      expect(recall.total, `${code}: no words sampled`).toBeGreaterThan(0);
      expect(recall.hits / recall.total, `${code}: ${recall.hits}/${recall.total}; missed ${missed}`).toBeGreaterThanOrEqual(0.95);
    }, 60_000);
  }
});

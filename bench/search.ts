import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundlePath, type LocaleBundle } from '../src/lib/offline/bundle';
import { locales, type LocaleCode } from '../src/lib/locales';
import { distDir } from '../tests/helpers/paths';
import type { Recall } from '../tests/helpers/recall';
import { closeFixtureIndexes, fixtureLocales, fixtureRecall } from '../tests/helpers/search-fixture';
import { siteRecall } from '../tests/helpers/site-recall';

/**
 * Search and offline figures per language, for `npm run bench` (rows) and `npm run bench:search`
 * (printed): search recall on the built site (50 seeded words, hit = source page in the first 5),
 * recall on the seven-language fixture with Lantern's index and with Pagefind's default, and the
 * size of the language's offline bundle.
 */
export interface SearchBenchRow {
  locale: LocaleCode;
  /** e.g. "49/50 (98.0%)", or "skipped (no indexed pages)". */
  siteRecall: string;
  fixtureRecall: string;
  fixtureDefaultRecall: string;
  offlineBytes: number;
  offlineFiles: number;
  offlinePages: number;
}

const percent = (r: Recall) => `${r.hits}/${r.total} (${((100 * r.hits) / r.total).toFixed(1)}%)`;

export async function searchBench(dir: string = distDir): Promise<SearchBenchRow[]> {
  if (!existsSync(join(dir, 'offline-bundles'))) throw new Error(`${dir} has no offline bundles: run \`npm run build\` first.`);
  const rows: SearchBenchRow[] = [];
  for (const { code } of locales) {
    const site = await siteRecall(code, 50, dir);
    const inFixture = (fixtureLocales as string[]).includes(code);
    const bundle = JSON.parse(readFileSync(join(dir, ...bundlePath(code).split('/')), 'utf8')) as LocaleBundle;
    rows.push({
      locale: code,
      siteRecall: site.skipped ? 'skipped (no indexed pages)' : percent(site.recall),
      fixtureRecall: inFixture ? percent(await fixtureRecall(code, 'lantern')) : 'n/a',
      fixtureDefaultRecall: inFixture ? percent(await fixtureRecall(code, 'pagefind-default')) : 'n/a',
      offlineBytes: bundle.bytes,
      offlineFiles: bundle.files.length,
      offlinePages: bundle.pages,
    });
  }
  await closeFixtureIndexes();
  return rows;
}

export function formatSearchBench(rows: SearchBenchRow[]): string {
  const header = ['locale', 'site recall', 'fixture (Lantern)', 'fixture (Pagefind default)', 'offline bundle', 'files', 'pages'];
  const lines = rows.map((r) => [
    r.locale,
    r.siteRecall,
    r.fixtureRecall,
    r.fixtureDefaultRecall,
    `${(r.offlineBytes / 1048576).toFixed(2)} MB`,
    String(r.offlineFiles),
    String(r.offlinePages),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

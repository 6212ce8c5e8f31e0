import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleIndexPath, bundlePath, localeOfPath, revisionFromDigest, type BundleIndex, type LocaleBundle } from '../../src/lib/offline/bundle';
import { locales } from '../../src/lib/locales';
import { translationMetaName } from '../../src/lib/translation/page';
import { localePath, routes } from '../../src/lib/urls';
import { builtPages, loadPage, requireDist } from '../helpers/dist';
import { distDir } from '../helpers/paths';

const read = (url: string) => readFileSync(join(distDir, ...url.split('/')));
const json = <T>(url: string) => JSON.parse(read(url).toString('utf8')) as T;
const fileOf = (url: string) => (url.endsWith('/') ? `${url}index.html` : url);
const htmlPages = () => builtPages().filter((p) => p.endsWith('/') || p.endsWith('.html'));

describe('offline files in the built site', () => {
  it('lists, for every language, every page and file it needs, each as built', () => {
    requireDist();
    const index = json<BundleIndex>(bundleIndexPath);
    const problems: string[] = [];
    for (const { code, lang } of locales) {
      const bundle = json<LocaleBundle>(bundlePath(code));
      if (bundle.build !== index.build) problems.push(`${code}: build ${bundle.build}, index says ${index.build}`);
      const urls = new Set(bundle.files.map((f) => f[0]));
      for (const page of htmlPages().filter((p) => localeOfPath(p) === code)) {
        if (!urls.has(page)) problems.push(`${code}: page ${page} is not in its bundle`);
      }
      for (const required of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/pagefind-worker.js']) {
        if (!urls.has(required)) problems.push(`${code}: ${required} missing`);
      }
      if (![...urls].some((u) => u.endsWith('.pf_meta'))) problems.push(`${code}: no search index metadata (lang ${lang})`);
      if (![...urls].some((u) => u.startsWith('/pagefind/index/'))) problems.push(`${code}: no search index chunks`);
      for (const [url, revision, bytes] of bundle.files) {
        const file = join(distDir, ...fileOf(url).split('/'));
        if (!existsSync(file)) {
          problems.push(`${code}: ${url} is listed but not built`);
          continue;
        }
        if (statSync(file).size !== bytes) problems.push(`${code}: ${url} size ${bytes} ≠ ${statSync(file).size}`);
        if (revisionFromDigest(createHash('sha256').update(readFileSync(file)).digest()) !== revision) problems.push(`${code}: ${url} revision is stale`);
      }
      const total = bundle.files.reduce((sum, f) => sum + f[2], 0);
      if (total !== bundle.bytes || index.locales[code]?.bytes !== total) problems.push(`${code}: size ${bundle.bytes} ≠ sum of files ${total}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists the scripts and styles a page loads, so the page works offline', () => {
    const bundle = json<LocaleBundle>(bundlePath('km'));
    const urls = new Set(bundle.files.map((f) => f[0]));
    const $ = loadPage(localePath('km', routes.principle('P1')));
    const assets = [
      ...$('link[rel="stylesheet"]').map((_, e) => $(e).attr('href')).get(),
      ...$('script[src]').map((_, e) => $(e).attr('src')).get(),
    ];
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((a) => !urls.has(a))).toEqual([]);
  });

  it('builds a small service worker carrying the build ID', () => {
    const sw = read('/sw.js').toString('utf8');
    const { build } = json<BundleIndex>(bundleIndexPath);
    expect(sw).toContain(build);
    expect(sw.length, 'sw.js is fetched on every navigation to check for updates: keep it small').toBeLessThan(30_000);
  });

  it('publishes a web app manifest per language, linked from every page of that language', () => {
    for (const { code, lang } of locales) {
      const manifest = json<Record<string, unknown>>(`/${localePath(code, routes.webManifest()).replace(/^\//, '')}`);
      expect(manifest, code).toMatchObject({ id: '/', scope: '/', start_url: localePath(code), lang, display: 'standalone' });
      expect(typeof manifest.name === 'string' && manifest.name.length > 0, `${code} name`).toBe(true);
      for (const icon of manifest.icons as Array<{ src: string }>) {
        expect(existsSync(join(distDir, icon.src)), `${code}: icon ${icon.src}`).toBe(true);
      }
    }
    const wrong: string[] = [];
    for (const page of htmlPages()) {
      if (page === '/404.html') continue;
      const html = read(fileOf(page)).toString('utf8');
      const href = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
      const expected = localePath(localeOfPath(page), routes.webManifest());
      if (href !== expected) wrong.push(`${page}: manifest ${href}, expected ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it('links "Use offline" from every page, in its language', () => {
    const missing = htmlPages()
      .filter((page) => page !== '/404.html')
      .filter((page) => !read(fileOf(page)).toString('utf8').includes(`href="${localePath(localeOfPath(page), routes.offline())}"`));
    expect(missing).toEqual([]);
  });

  it('keeps English fallback pages out of other languages’ search indexes', () => {
    const entry = json<{ languages: Record<string, { page_count: number }> }>('/pagefind/pagefind-entry.json');
    for (const { code, lang } of locales) {
      const html = (page: string) => read(fileOf(page)).toString('utf8');
      const main = (page: string) => /<main[\s\S]*<\/main>/.exec(html(page))?.[0] ?? '';
      const indexed = htmlPages().filter((p) => localeOfPath(p) === code && html(p).includes('data-pagefind-body'));
      const fallbackIndexed = indexed.filter((p) => html(p).includes(`<meta name="${translationMetaName}" content="fallback"`));
      expect(fallbackIndexed, `${code}: English fallback pages marked for search`).toEqual([]);
      const count = entry.languages[lang.toLowerCase()]?.page_count ?? 0;
      expect(count, `${code}: pages in the ${lang} index`).toBe(indexed.length);
    }
  });
});

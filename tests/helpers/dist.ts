import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { htmlPages } from './page-types';
import { distDir } from './paths';

/** Fails with a clear message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does this for you).');
  }
}

/** Every HTML file in dist/, as site paths (`/principles/1/`). */
export function builtPages(): string[] {
  requireDist();
  return htmlPages(distDir);
}

export function pageFile(sitePath: string): string {
  const clean = sitePath.split('#')[0]!.split('?')[0]!;
  return join(distDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function hasPage(sitePath: string): boolean {
  return existsSync(pageFile(sitePath));
}

const cache = new Map<string, CheerioAPI>();
export function loadPage(sitePath: string): CheerioAPI {
  let $ = cache.get(sitePath);
  if (!$) {
    requireDist();
    $ = load(readFileSync(pageFile(sitePath), 'utf8'));
    cache.set(sitePath, $);
  }
  return $;
}

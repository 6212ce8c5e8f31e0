import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defaultLocale, localeCodes } from '../../src/lib/locales.ts';

// Page types, derived from whatever is in a built site, so the browser gates and the benchmark
// cover new features without a list to keep up to date.
//
// A page's type is its path with the locale prefix removed and every ID-like segment after the
// first replaced by `*`: /km/principles/5/ → /principles/*/, /standards/s5/ → /standards/*/,
// /training/m2/handout/ → /training/*/handout/. Slugs (/checklists/first-contact/,
// /baseline/cambodia/) stay as they are, so in English each checklist and each economy is a type of
// its own: their content differs enough to be worth checking one by one. In the other locales the
// pages of a one-template collection (sameTemplate below) count as one type: what a translation can
// break there (lang, labels, the fallback notice) is the template's, and checking eleven checklists
// in eight languages would cost CI minutes without finding anything the English pass does not.
//
// This file imports with `.ts` extensions so that bench/run.ts can use it under plain Node.

/** Collections whose pages all render from one template with the same components. */
const sameTemplate = new Set(['checklists', 'baseline']);

/** `5`, `12`, `s5`, `m9`, `s5-2`: a number, optionally after one or two letters. */
const idLike = /^[a-z]{0,2}\d+(?:[.-]\d+)*$/i;

/**
 * Short links to checklists (`/c/first-contact/`, src/lib/short-links.ts) are redirect pages made
 * from one template whatever checklist they lead to: one type, `/c/*` followed by `/`.
 */
const sameTemplateSlugs = new Set(['c']);

/**
 * Short-link redirect pages (/p/5/, /s/5.2/, /c/first-contact/, /m/1/) share one bare template
 * whatever they lead to: outside English they count as one type.
 */
const shortLinkSegments = new Set(['p', 's', 'c', 'm']);

export interface TypedPage {
  /** Site path as served: `/km/principles/5/`. */
  path: string;
  locale: string;
  /** Locale-neutral pattern, such as `/principles/*` followed by `/`. */
  type: string;
}

/** Every HTML file under `dir`, as site paths (`/principles/1/`, `/404.html`), sorted. */
export function htmlPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(sitePathOf(dir, full));
    }
  };
  walk(dir);
  return pages.sort(byPath);
}

function sitePathOf(dir: string, file: string): string {
  const path = '/' + relative(dir, file).split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Numeric-aware, so `/principles/2/` comes before `/principles/10/`. */
export function byPath(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function typeOf(path: string): TypedPage {
  const segments = path.split('/');
  // segments[0] is '' (the path starts with '/').
  const first = segments[1] ?? '';
  const isLocalePrefix = first !== defaultLocale && (localeCodes as string[]).includes(first);
  const locale = isLocalePrefix ? first : defaultLocale;
  const rest = isLocalePrefix ? ['', ...segments.slice(2)] : segments;
  const wildcard = (segment: string, index: number) =>
    index >= 2 && (idLike.test(segment) || (index === 2 && sameTemplateSlugs.has(rest[1]!) && segment !== ''));
  const type = rest.map((segment, index) => (wildcard(segment, index) ? '*' : segment)).join('/');
  return { path, locale, type: type || '/' };
}

/** The type outside English: each one-template collection (every checklist, say) is one type. */
export function translatedTypeOf(type: string): string {
  const segments = type.split('/');
  if (segments.length !== 4 || segments[3] !== '') return type;
  if (shortLinkSegments.has(segments[1]!)) return '/(short link)/';
  return sameTemplate.has(segments[1]!) ? `/${segments[1]}/*/` : type;
}

/**
 * One page per type per locale: the first by path, so the choice is the same on every run.
 * Sorted by locale (in the order of src/lib/locales.ts), then type.
 */
export function representatives(pages: string[]): TypedPage[] {
  const chosen = new Map<string, TypedPage>();
  for (const path of [...pages].sort(byPath)) {
    const typed = typeOf(path);
    const type = typed.locale === defaultLocale ? typed.type : translatedTypeOf(typed.type);
    const key = `${typed.locale} ${type}`;
    if (!chosen.has(key)) chosen.set(key, typed);
  }
  const localeOrder = (code: string) => (localeCodes as string[]).indexOf(code);
  return [...chosen.values()].sort((a, b) => localeOrder(a.locale) - localeOrder(b.locale) || byPath(a.type, b.type));
}

import { defaultLocale, type LocaleCode } from './locales';

/**
 * Every URL and anchor Lantern publishes is built here, so that links printed on paper and in
 * QR codes stay identical across languages but for the locale prefix, and stay stable over time.
 */

/** `/principles/1/` in English, `/km/principles/1/` in Khmer. `path` has no leading slash. */
export function localePath(locale: LocaleCode, path = ''): string {
  const trimmed = path.replace(/^\/+/, '');
  const prefix = locale === defaultLocale ? '/' : `/${locale}/`;
  return `${prefix}${trimmed}`;
}

/** Turns a content ID into the form used in URLs and fragment identifiers: `S5.2` → `s5-2`. */
export function idToSlug(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Principle IDs are `P1`…`P12`; their pages are numbered `/principles/1/` for readability. */
export function principleNumber(id: string): number {
  const match = /^P(\d+)$/.exec(id);
  if (!match) throw new Error(`Not a principle ID: "${id}"`);
  return Number(match[1]);
}

export const routes = {
  home: () => '',
  principles: () => 'principles/',
  principle: (id: string) => `principles/${principleNumber(id)}/`,
  about: () => 'about/',
  privacy: () => 'privacy/',
  offline: () => 'offline/',
  webManifest: () => 'manifest.webmanifest',
} as const;

/** Absolute URL for a site path, using the public site URL set at build time. */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}

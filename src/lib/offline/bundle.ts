import { defaultLocale, isLocaleCode, type LocaleCode } from '../locales';

/**
 * What "saving a language for offline use" means, shared by the build (which writes the lists),
 * the service worker (which serves from them) and the "Use offline" page (which downloads them).
 *
 * Every build has an ID: a hash of every file it published. Each language has a bundle: the list
 * of every file its pages need (pages, styles, scripts, fonts, its whole search index), each with
 * a revision (a hash of its bytes) and a size. A file is only ever stored in a cache of the build
 * whose list has the same revision for it, so a page and its assets always come from one version.
 */

/** `[url, revision, bytes]`: compact, because a language lists a few hundred files. */
export type BundleFile = [url: string, revision: string, bytes: number];

export interface LocaleBundle {
  build: string;
  locale: LocaleCode;
  files: BundleFile[];
  /** Sum of the files' sizes: what saving the language takes on the device. */
  bytes: number;
  pages: number;
}

/** `/offline-bundles/index.json`: what the "Use offline" page shows before anything is saved. */
export interface BundleIndex {
  build: string;
  locales: Partial<Record<LocaleCode, { bytes: number; files: number; pages: number }>>;
}

/** Where the build writes the lists. */
export const bundleIndexPath = '/offline-bundles/index.json';
export function bundlePath(locale: LocaleCode): string {
  return `/offline-bundles/${locale}.json`;
}

/** Length of a revision: the first 16 hex digits of the file's SHA-256. */
export const revisionLength = 16;

export function revisionFromDigest(digest: ArrayBuffer | Uint8Array): string {
  const bytes = digest instanceof Uint8Array ? digest : new Uint8Array(digest);
  return Array.from(bytes.subarray(0, revisionLength / 2), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The locale a site path belongs to: `/km/principles/1/` → `km`, `/principles/1/` → `en`. */
export function localeOfPath(pathname: string): LocaleCode {
  const first = pathname.split('/')[1] ?? '';
  return isLocaleCode(first) && first !== defaultLocale ? first : defaultLocale;
}

/**
 * Cache Storage names. Everything of a build lives in caches named after it, so removing a version
 * is deleting its caches, and a cache can never hold a mix of versions.
 */
const prefix = 'lantern';
export const cacheNames = {
  /** Styles, scripts and the "Use offline" page, stored when the service worker installs. */
  shell: (build: string) => `${prefix}:${build}:shell`,
  /** Pages (and their assets) stored as the reader visits them. */
  pages: (build: string) => `${prefix}:${build}:pages`,
  /** A language saved for offline use. Complete only when it holds `savedRecordUrl`. */
  locale: (build: string, locale: LocaleCode) => `${prefix}:${build}:locale:${locale}`,
  /** Not versioned: which build was active last, and the pages still open from it. */
  meta: `${prefix}:meta`,
} as const;

export interface ParsedCacheName {
  build: string;
  kind: 'shell' | 'pages' | 'locale';
  locale?: LocaleCode;
}

export function parseCacheName(name: string): ParsedCacheName | null {
  const parts = name.split(':');
  if (parts[0] !== prefix || parts.length < 3) return null;
  const [, build, kind, locale] = parts;
  if (!build) return null;
  if ((kind === 'shell' || kind === 'pages') && parts.length === 3) return { build, kind };
  if (kind === 'locale' && parts.length === 4 && isLocaleCode(locale)) return { build, kind, locale };
  return null;
}

/**
 * Written last into a language's cache, after every file of the bundle is in: its presence is
 * what makes a saved language complete. A download that stops half way has no record and is shown
 * as unfinished, never as saved.
 */
export const savedRecordUrl = '/__lantern/saved.json';

/** Written first when a download starts: how many files make the language complete. */
export const pendingRecordUrl = '/__lantern/pending.json';

export interface PendingRecord {
  files: number;
  bytes: number;
}

export interface SavedRecord {
  locale: LocaleCode;
  build: string;
  /** ISO 8601 time the last file was stored. */
  savedAt: string;
  files: number;
  bytes: number;
}

export function isSavedRecord(value: unknown): value is SavedRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    isLocaleCode(record.locale) &&
    typeof record.build === 'string' &&
    typeof record.savedAt === 'string' &&
    !Number.isNaN(Date.parse(record.savedAt)) &&
    typeof record.files === 'number' &&
    typeof record.bytes === 'number'
  );
}

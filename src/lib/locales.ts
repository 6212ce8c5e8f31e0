/**
 * The eight languages Lantern publishes in. This list is the single source for the Starlight
 * locale config, route generation, data loading and the tests.
 *
 * `code` is the URL prefix and the data file name; `lang` is the BCP-47 tag used for `<html lang>`,
 * `Intl` and Starlight's translation lookup. English is served at the site root.
 */
export const locales = [
  { code: 'en', lang: 'en', label: 'English', script: 'Latn' },
  { code: 'th', lang: 'th', label: 'ไทย', script: 'Thai' },
  { code: 'km', lang: 'km', label: 'ខ្មែរ', script: 'Khmr' },
  { code: 'lo', lang: 'lo', label: 'ລາວ', script: 'Laoo' },
  { code: 'my', lang: 'my', label: 'မြန်မာ', script: 'Mymr' },
  { code: 'vi', lang: 'vi', label: 'Tiếng Việt', script: 'Latn' },
  { code: 'zh-cn', lang: 'zh-CN', label: '简体中文', script: 'Hans' },
  { code: 'id', lang: 'id', label: 'Bahasa Indonesia', script: 'Latn' },
] as const;

export type Locale = (typeof locales)[number];
export type LocaleCode = Locale['code'];

export const defaultLocale: LocaleCode = 'en';
export const localeCodes: LocaleCode[] = locales.map((l) => l.code);
export const translatedLocaleCodes: LocaleCode[] = localeCodes.filter((c) => c !== defaultLocale);

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as string[]).includes(value);
}

export function getLocale(code: LocaleCode): Locale {
  const locale = locales.find((l) => l.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}"`);
  return locale;
}

/** Locale code from a BCP-47 tag as Starlight reports it (`zh-CN` → `zh-cn`). */
export function localeFromLang(lang: string | undefined): LocaleCode {
  const match = locales.find((l) => l.lang.toLowerCase() === (lang ?? '').toLowerCase());
  return match ? match.code : defaultLocale;
}

/**
 * Scripts written without spaces between words. Search indexing and query handling segment
 * text in these scripts with `Intl.Segmenter` (see DESIGN.md, "Offline").
 */
export const unspacedScripts = new Set(['Thai', 'Khmr', 'Laoo', 'Mymr', 'Hans']);

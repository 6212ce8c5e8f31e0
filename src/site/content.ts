import { getCollection } from 'astro:content';
import type { Entry, KindName } from '../lib/content/schema';
import { defaultLocale, isLocaleCode, localeCodes, type LocaleCode } from '../lib/locales';

/**
 * Astro-side access to Lantern's content: pages and components call these, never the data files.
 */
export async function entries<K extends KindName>(kind: K, locale: LocaleCode): Promise<Entry<K>[]> {
  const all = await getCollection(kind);
  return all
    .filter((e) => e.id.startsWith(`${locale}/`))
    .map((e) => e.data as Entry<K> & { order: number })
    .sort((a, b) => a.order - b.order);
}

export async function entry<K extends KindName>(kind: K, locale: LocaleCode, id: string): Promise<Entry<K>> {
  const found = (await entries(kind, locale)).find((e) => e.id === id);
  if (!found) throw new Error(`No ${kind} entry "${id}" in ${locale}`);
  return found;
}

/** `getStaticPaths` params for the `[...locale]` segment: English has no prefix. */
export function localeParams(): Array<{ locale: string | undefined; code: LocaleCode }> {
  return localeCodes.map((code) => ({ locale: code === defaultLocale ? undefined : code, code }));
}

export function localeFromParam(param: string | undefined): LocaleCode {
  if (param === undefined) return defaultLocale;
  if (!isLocaleCode(param)) throw new Error(`Unknown locale in URL: "${param}"`);
  return param;
}

/**
 * The English original of a translated entry, for showing it alongside (components/bilingual).
 * Undefined on English pages and for entries that fall back to English: nothing to show beside.
 */
export async function englishOriginal<K extends 'principles' | 'standards' | 'checklists'>(kind: K, locale: LocaleCode, translated: Entry<K>): Promise<Entry<K> | undefined> {
  if (locale === defaultLocale || translated.fallback) return undefined;
  // Every entry of these kinds has a string ID; TypeScript cannot see it through the generic Entry<K>.
  return entry(kind, defaultLocale, (translated as { id: string }).id);
}

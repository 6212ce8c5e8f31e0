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

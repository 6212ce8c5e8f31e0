import { defaultLocale, type LocaleCode } from '../lib/locales';
import { shortLinks, type ShortLink } from '../lib/short-links';
import { pageTranslationState, type PageTranslationState } from '../lib/translation/page';
import { entries } from './content';
import { fallbackNamespaces, pageTranslation } from './translation';

/** Every short link in every language, from the content in this build (src/lib/short-links.ts). */
export async function siteShortLinks(): Promise<ShortLink[]> {
  const [principles, standards, checklists, modules] = await Promise.all([
    entries('principles', 'en'),
    entries('standards', 'en'),
    entries('checklists', 'en'),
    entries('modules', 'en'),
  ]);
  return shortLinks({
    principles: principles.map((p) => p.id),
    standards: standards.map((s) => ({ id: s.id, indicators: s.indicators.map((i) => i.id) })),
    checklists: checklists.map((c) => c.id),
    modules: modules.map((m) => m.id),
  });
}

/**
 * `"en"` when a UI namespace is still shown in English in this language, for the `lang` of the
 * elements that show its strings: screen readers then read them as English, and the page's own
 * language is measured without them.
 */
export async function uiFallbackLang(locale: LocaleCode, namespace: string): Promise<'en' | undefined> {
  return (await fallbackNamespaces(locale)).includes(namespace) ? 'en' : undefined;
}

/**
 * The translation state of a page outside Starlight's layout, worked out as pageTranslation()
 * does for Starlight pages: from the entries and UI namespaces that make its main content.
 */
export async function standaloneTranslationState(
  locale: LocaleCode,
  parts: Parameters<typeof pageTranslation>[1],
): Promise<PageTranslationState> {
  const { isFallback, translation } = await pageTranslation(locale, parts);
  return pageTranslationState({ locale: locale === defaultLocale ? undefined : locale, isFallback, translation });
}

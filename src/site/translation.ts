import { getEntry } from 'astro:content';
import type { TranslationRecord } from '../lib/content/schema';
import { uiPart, weakestState, type EntryReport, type LocaleReport } from '../lib/translation/assess';
import { defaultLocale, type LocaleCode } from '../lib/locales';

/**
 * Astro-side access to the translation report (built by the `translationStatus` collection from
 * src/lib/translation/), for pages and components.
 */
export async function localeReport(locale: LocaleCode): Promise<LocaleReport | undefined> {
  if (locale === defaultLocale) return undefined;
  return (await getEntry('translationStatus', locale))?.data;
}

/** UI namespaces of a locale with strings still shown in English. */
export async function fallbackNamespaces(locale: LocaleCode): Promise<string[]> {
  const report = await localeReport(locale);
  const ui = report?.parts.find((p) => p.part === uiPart);
  return ui ? ui.entries.filter((e) => (e.missing ?? 0) > 0).map((e) => e.id) : [];
}

function toRecord(report: EntryReport): TranslationRecord | undefined {
  if (report.state === 'fallback') return undefined;
  return {
    status: report.state,
    ...(report.checkedOn && { checkedOn: report.checkedOn }),
    ...(report.reviewer && { reviewer: report.reviewer }),
    ...(report.reviewedOn && { reviewedOn: report.reviewedOn }),
  };
}

interface TranslatedItem {
  fallback: boolean;
  translation?: TranslationRecord;
}

/**
 * `<StarlightPage>` props for a page whose main content is the given data entries and UI
 * namespaces: `isFallback` when any of it is shown in English, otherwise the least-reviewed
 * `translation` record among them, so the page's notice never claims more than its weakest part.
 */
export async function pageTranslation(
  locale: LocaleCode,
  parts: { entries?: TranslatedItem[]; namespaces?: string[] },
): Promise<{ isFallback?: true; translation?: TranslationRecord }> {
  if (locale === defaultLocale) return {};
  const report = await localeReport(locale);
  const uiEntries = report?.parts.find((p) => p.part === uiPart)?.entries ?? [];
  const items: TranslatedItem[] = [
    ...(parts.entries ?? []),
    ...(parts.namespaces ?? []).map((ns) => {
      const entry = uiEntries.find((e) => e.id === ns);
      const record = entry ? toRecord(entry) : undefined;
      return { fallback: !record || (entry?.missing ?? 0) > 0, translation: record };
    }),
  ];
  if (items.length === 0 || items.some((item) => item.fallback || !item.translation)) return { isFallback: true };
  const weakest = weakestState(items.map((item) => item.translation!.status));
  return { translation: items.find((item) => item.translation!.status === weakest)!.translation };
}

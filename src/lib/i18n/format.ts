import { getLocale, type LocaleCode } from '../locales';

/**
 * Dates and numbers as readers of each language expect them, through `Intl` with the BCP-47 tag
 * of src/lib/locales.ts. So Burmese shows Burmese digits (၁၂), Thai dates use the Buddhist
 * era (2569 for 2026), Chinese writes 2026年3月5日. Pure: usable at build time and in islands.
 */

/**
 * The tag handed to `Intl`. English pages follow British conventions (5 March 2026), as the
 * site's spelling does; every other language uses its own tag unchanged.
 */
export function intlTag(locale: LocaleCode): string {
  const { lang } = getLocale(locale);
  return lang === 'en' ? 'en-GB' : lang;
}

/**
 * A calendar date. Strings are ISO dates (`2026-03-05`, as the data records them) and are read
 * as that day everywhere: formatting in UTC keeps a reader west of Greenwich from seeing the
 * day before.
 */
export function formatDate(
  locale: LocaleCode,
  date: Date | string,
  style: 'long' | 'medium' | 'short' = 'long',
): string {
  const value = typeof date === 'string' ? parseIsoDate(date) : date;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: style, timeZone: 'UTC' }).format(value);
}

export function formatNumber(locale: LocaleCode, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag(locale), options).format(value);
}

/** A share between 0 and 1 as a whole percentage: 0.42 → "42%" (or "၄၂%" in Burmese). */
export function formatPercent(locale: LocaleCode, share: number): string {
  return formatNumber(locale, share, { style: 'percent', maximumFractionDigits: 0 });
}

function parseIsoDate(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`Not an ISO date (YYYY-MM-DD): "${text}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw new Error(`No such date: "${text}"`);
  return date;
}

/**
 * A language's name in the reader's language: on a Thai page, Khmer is "เขมร". Chinese is named
 * by its script (Simplified Chinese), which is what distinguishes Lantern's Chinese.
 */
export function languageName(pageLocale: LocaleCode, locale: LocaleCode): string {
  const { lang } = getLocale(locale);
  const tag = lang === 'zh-CN' ? 'zh-Hans' : lang;
  return new Intl.DisplayNames(intlTag(pageLocale), { type: 'language' }).of(tag) ?? getLocale(locale).label;
}

/**
 * Client scripts cannot call `t()`: pages hand them messages with their i18next placeholders
 * still in place (`{{percent}}`; `t()` leaves a placeholder it has no value for), and scripts fill
 * them in here. The placeholders are i18next's own, so translators and the translation checks
 * treat these messages like every other.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The `Intl` tag for a page's `lang`: English pages follow the British conventions of the site's
 * spelling (29 November 2026); every other language uses its own tag, so Burmese pages show
 * Burmese digits and Thai dates the Buddhist era.
 */
export function intlTagOf(lang: string): string {
  return lang.toLowerCase() === 'en' ? 'en-GB' : lang;
}

export interface NumberFormats {
  number(value: number): string;
  /** A share between 0 and 1 as a whole percentage: 0.875 → "88%". */
  percent(share: number): string;
}

export function numberFormats(lang: string): NumberFormats {
  const tag = intlTagOf(lang);
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  return { number: (value) => number.format(value), percent: (share) => percent.format(share) };
}

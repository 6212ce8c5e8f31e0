import type { CheerioAPI } from 'cheerio';

/**
 * How much of a page's main text is in Latin letters. For languages not written in Latin script
 * (Thai, Khmer, Lao, Burmese, Chinese) a translated page has little: IDs (S5.2), abbreviations
 * (IOM, CRC) and a few names. An English page, or one left half in English, has a lot.
 */

/** Locales whose script is not Latin, so their translated pages can be checked this way. */
export const nonLatinLocales = ['th', 'km', 'lo', 'my', 'zh-cn'] as const;

/**
 * The most Latin a translated page may have, as a share of its letters. IDs and names alone stay
 * well below it; an English paragraph left on a page of ordinary length goes above it.
 */
export const latinShareLimit = 0.3;

/** Elements whose text is not prose in the page's language: code, and anything marked as another language. */
const excluded = 'code, pre, kbd, samp, script, style, template, svg, [hidden], [aria-hidden="true"]';

/**
 * The text a reader sees in `<main>`, without code and without elements marked as being in a
 * language other than the page's (`lang="en"` on a quoted report heading, say).
 */
export function visibleMainText($: CheerioAPI): string {
  const pageLang = ($('html').attr('lang') ?? '').toLowerCase();
  const main = $('main').first().clone();
  main.find(excluded).remove();
  main.find('[lang]').each((_, element) => {
    const lang = ($(element).attr('lang') ?? '').toLowerCase();
    if (lang !== pageLang) $(element).remove();
  });
  const mainLang = (main.attr('lang') ?? pageLang).toLowerCase();
  return mainLang === pageLang ? main.text().replace(/\s+/g, ' ').trim() : '';
}

export interface ScriptShare {
  latin: number;
  letters: number;
  /** Latin letters as a share of all letters; 0 when there are none. */
  share: number;
}

export function latinShare(text: string): ScriptShare {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return { latin, letters, share: letters === 0 ? 0 : latin / letters };
}

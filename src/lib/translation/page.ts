import type { TranslationStatus } from '../content/schema';

/**
 * How far the main content of one built page is translated:
 * - `source`: English, the source text;
 * - `fallback`: a translated locale showing the English, because the content is not translated yet;
 * - `draft`, `checked`, `reviewed`: translated, with that review state;
 * - `untracked`: a translated locale's page that says neither. Every page should say one or the
 *   other; the site tests list these pages.
 */
export type PageTranslationState = 'source' | 'fallback' | TranslationStatus | 'untracked';

/** The name of the `<meta>` that carries a page's state, for tests and tools reading the built site. */
export const translationMetaName = 'lantern-translation';

export function pageTranslationState(page: {
  /** Starlight's locale of the route: undefined for English, served at the root. */
  locale: string | undefined;
  isFallback?: boolean;
  translation?: { status: TranslationStatus };
}): PageTranslationState {
  if (page.locale === undefined) return 'source';
  if (page.isFallback) return 'fallback';
  return page.translation?.status ?? 'untracked';
}

/** UI-string keys of the notice a page shows about its translation, in the reader's language. */
export type NoticeKey =
  | 'i18n.untranslatedContent'
  | 'translation.notice.draft'
  | 'translation.notice.checked'
  | 'translation.notice.invite'
  | 'translation.notice.uiFallback';

/**
 * What the translation notice under a page's title says:
 * - a page shown in English says so (Starlight does it on ordinary pages; splash pages, like the
 *   home page, get no notice from Starlight, so Lantern adds it there);
 * - a draft or checked translation says how far it has been checked and invites review by a
 *   native-speaking practitioner, linking to the translation status;
 * - a translated page whose labels are partly in English says that too.
 */
export function translationNotice(page: {
  state: PageTranslationState;
  isSplash: boolean;
  uiFallsBack: boolean;
}): { keys: NoticeKey[]; invitesReview: boolean } {
  const keys: NoticeKey[] = [];
  if (page.state === 'fallback' && page.isSplash) keys.push('i18n.untranslatedContent');
  if (page.state === 'draft') keys.push('translation.notice.draft', 'translation.notice.invite');
  if (page.state === 'checked') keys.push('translation.notice.checked', 'translation.notice.invite');
  const translated = page.state === 'draft' || page.state === 'checked' || page.state === 'reviewed';
  if (translated && page.uiFallsBack) keys.push('translation.notice.uiFallback');
  return { keys, invitesReview: page.state === 'draft' || page.state === 'checked' };
}

import { isSegmentedLanguage, restoreIndexedText, searchQuery, vocabularyFile } from '../../lib/search/indexed-text';
import { containsMyanmar } from '../../lib/text/normalise';
import { serviceWorkerBuild } from '../offline/service-worker-client';

/**
 * Loads Pagefind UI when search is first opened, set up for Lantern's index
 * (src/lib/search/indexed-text.ts). The Zawgyi converter loads only on Burmese pages.
 */

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: Array<{ url: string; title: string; excerpt: string }>;
}

export interface SearchOptions {
  element: string;
  lang: string;
  translations: Record<string, string>;
}

/** The words of the language's index (see `searchQuery`); without them queries still work, cut by the browser. */
async function vocabulary(lang: string): Promise<Set<string> | undefined> {
  if (!isSegmentedLanguage(lang)) return undefined;
  try {
    const response = await fetch(`/pagefind/${vocabularyFile(lang)}`);
    return response.ok ? new Set((await response.json()) as string[]) : undefined;
  } catch {
    return undefined;
  }
}

export async function loadSearch(options: SearchOptions): Promise<void> {
  const burmese = options.lang.toLowerCase().split('-')[0] === 'my';
  const [{ PagefindUI }, zawgyi, build, words] = await Promise.all([
    // @ts-expect-error: @pagefind/default-ui ships no types.
    import('@pagefind/default-ui') as Promise<{ PagefindUI: new (options: Record<string, unknown>) => unknown }>,
    burmese ? import('../../lib/text/zawgyi') : Promise.resolve(null),
    serviceWorkerBuild(),
    vocabulary(options.lang),
  ]);
  new PagefindUI({
    element: options.element,
    baseUrl: '/',
    bundlePath: '/pagefind/',
    showImages: false,
    translations: options.translations,
    showSubResults: true,
    // Offline, the index must be requested at a URL the service worker has stored: the build ID
    // instead of Pagefind's default cache-busting timestamp.
    ...(build ? { metaCacheTag: build } : {}),
    processTerm: (term: string) =>
      searchQuery(zawgyi && containsMyanmar(term) ? zawgyi.zawgyiToUnicode(term) : term, options.lang, words),
    processResult: (result: PagefindResult) => ({
      ...result,
      excerpt: restoreIndexedText(result.excerpt),
      meta: { ...result.meta, title: restoreIndexedText(result.meta.title ?? '') },
      sub_results: result.sub_results.map((sub) => ({
        ...sub,
        title: restoreIndexedText(sub.title),
        excerpt: restoreIndexedText(sub.excerpt),
      })),
    }),
  });
}

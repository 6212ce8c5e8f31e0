import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageTranslationState, translationMetaName } from './lib/translation/page';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const state = pageTranslationState({
    locale: route.locale,
    isFallback: route.isFallback,
    translation: route.entry.data.translation,
  });
  // A page shown in English because its translation does not exist yet must not enter that
  // language's search index: a Khmer search would otherwise return English pages.
  if (state === 'fallback') route.entry.data.pagefind = false;
  // How far the page is translated, for the site tests and any tool reading the built site.
  route.head.push({ tag: 'meta', attrs: { name: translationMetaName, content: state } });

  /**
   * "Page not found" is served at whatever address was mistyped, so it has no canonical address
   * and no language versions to point to (Starlight's would name `/404/`, which does not exist),
   * and search engines should not index it.
   */
  if (route.id === '404' || route.id.endsWith('/404')) {
    route.head = route.head.filter(
      (tag) => !(tag.tag === 'link' && (tag.attrs?.rel === 'canonical' || tag.attrs?.rel === 'alternate')),
    );
    route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  }
});

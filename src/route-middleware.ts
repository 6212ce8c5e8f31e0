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
});

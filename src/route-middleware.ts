import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * A page shown in English because its translation does not exist yet must not enter that
 * language's search index: a Khmer search would otherwise return English pages.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.isFallback) route.entry.data.pagefind = false;
});

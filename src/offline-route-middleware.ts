import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { localeFromLang } from './lib/locales';
import { localePath, routes } from './lib/urls';

/** Brand colour of the icon's background: the browser's title bar when Lantern is installed. */
export const themeColour = '#1f2a44';

/**
 * Every page links the web app manifest of its own language, so installing Lantern from a Khmer
 * page opens it in Khmer (see README, "Offline").
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const locale = localeFromLang(route.lang);
  route.head.push(
    { tag: 'link', attrs: { rel: 'manifest', href: localePath(locale, routes.webManifest()) } },
    { tag: 'meta', attrs: { name: 'theme-color', content: themeColour } },
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' } },
  );
});

import type { APIRoute } from 'astro';
import { localeParams } from '../../site/content';
import { getLocale, type LocaleCode } from '../../lib/locales';
import { localePath } from '../../lib/urls';
import { themeColour } from '../../offline-route-middleware';

/**
 * One web app manifest per language (`/manifest.webmanifest`, `/km/manifest.webmanifest`): the
 * name and description in that language, and a start URL that opens Lantern in it. All share one
 * `id` and the whole site as `scope`, so a device installs Lantern once, and switching language
 * inside the installed app stays inside it (README, "Offline").
 */
const stringFiles = import.meta.glob<Record<string, string>>('../../i18n/offline/*.json', { eager: true, import: 'default' });

function strings(code: LocaleCode): Record<string, string> {
  const english = stringFiles['../../i18n/offline/en.json'] ?? {};
  return { ...english, ...(stringFiles[`../../i18n/offline/${code}.json`] ?? {}) };
}

export function getStaticPaths() {
  return localeParams().map(({ locale, code }) => ({ params: { locale }, props: { code } }));
}

export const GET: APIRoute<{ code: LocaleCode }> = ({ props }) => {
  const { code, lang } = getLocale(props.code);
  const text = strings(code);
  const manifest = {
    id: '/',
    name: text['manifest.name'],
    short_name: text['manifest.shortName'],
    description: text['manifest.description'],
    lang,
    dir: 'ltr',
    start_url: localePath(code),
    scope: '/',
    display: 'standalone',
    background_color: themeColour,
    theme_color: themeColour,
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};

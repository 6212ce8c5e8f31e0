import type { UiStringKey } from './i18n/strings';

/**
 * The site's sidebar, as data: each label is a UI string key, each link a locale-neutral path.
 * `astro.config.mjs` turns it into Starlight's sidebar config with a label in every language.
 */
export interface NavGroup {
  label: UiStringKey;
  items: Array<{ label: UiStringKey; path: string }>;
}

export const navigation: NavGroup[] = [
  {
    label: 'site.nav.groupFoundations',
    items: [{ label: 'site.nav.principles', path: 'principles/' }],
  },
  {
    label: 'site.nav.groupAbout',
    items: [
      { label: 'site.nav.about', path: 'about/' },
      { label: 'site.nav.privacy', path: 'privacy/' },
      { label: 'offline.nav.useOffline', path: 'offline/' },
    ],
  },
];

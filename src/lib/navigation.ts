import { backgroundTopicIds, economyIds } from './content/schema';
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
    items: [
      { label: 'site.nav.principles', path: 'principles/' },
      { label: 'standards.nav.standards', path: 'standards/' },
      { label: 'rights.nav.rights', path: 'rights/' },
    ],
  },
  {
    label: 'site.nav.groupTools',
    items: [
      { label: 'site.nav.checklists', path: 'checklists/' },
      { label: 'site.nav.selfAssessment', path: 'self-assessment/' },
    ],
  },
  {
    label: 'background.nav.group',
    items: [
      { label: 'background.nav.overview', path: 'background/' },
      ...backgroundTopicIds.map((id) => ({ label: `background.topic.${id}` as const, path: `background/${id}/` })),
      { label: 'glossary.nav.glossary', path: 'glossary/' },
    ],
  },
  {
    label: 'baseline.nav.group',
    items: [
      { label: 'baseline.nav.overview', path: 'baseline/' },
      ...economyIds.map((id) => ({ label: `baseline.economy.${id}` as const, path: `baseline/${id}/` })),
    ],
  },
  {
    label: 'training.nav.group',
    items: [
      { label: 'training.nav.modules', path: 'training/' },
      { label: 'training.nav.myLearning', path: 'training/my-learning/' },
    ],
  },
  {
    label: 'site.nav.groupAbout',
    items: [
      { label: 'site.nav.about', path: 'about/' },
      { label: 'site.nav.privacy', path: 'privacy/' },
      { label: 'translation.nav.status', path: 'translation-status/' },
      { label: 'offline.nav.useOffline', path: 'offline/' },
    ],
  },
];

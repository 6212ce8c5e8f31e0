import type checklists from '../../i18n/checklists/en.json';
import type background from '../../i18n/background/en.json';
import type bilingual from '../../i18n/bilingual/en.json';
import type baseline from '../../i18n/baseline/en.json';
import type glossary from '../../i18n/glossary/en.json';
import type offline from '../../i18n/offline/en.json';
import type principles from '../../i18n/principles/en.json';
import type rights from '../../i18n/rights/en.json';
import type share from '../../i18n/share/en.json';
import type selfAssessment from '../../i18n/self-assessment/en.json';
import type site from '../../i18n/site/en.json';
import type source from '../../i18n/source/en.json';
import type storage from '../../i18n/storage/en.json';
import type standards from '../../i18n/standards/en.json';
import type translation from '../../i18n/translation/en.json';
import type training from '../../i18n/training/en.json';
import type trainer from '../../i18n/trainer/en.json';

/**
 * Lantern's UI strings live in `src/i18n/<namespace>/<locale>.json`, one folder per feature, so
 * translators work per language and features do not edit each other's files. Keys are used as
 * `<namespace>.<key>` through Starlight's `Astro.locals.t()`, into which they are injected at
 * build time (integrations/lantern-starlight.ts). English is the reference: this type, derived from
 * the English files, is the set of keys every locale must have (plural keys, `<key>_one` and
 * `<key>_other`, in each language's own plural forms: src/lib/i18n/keys.ts).
 */
type Prefixed<Namespace extends string, Strings> = {
  [Key in keyof Strings & string as `${Namespace}.${Key}`]: string;
};

export type UiStrings = Prefixed<'site', typeof site> &
  Prefixed<'checklists', typeof checklists> &
  Prefixed<'principles', typeof principles> &
  Prefixed<'self-assessment', typeof selfAssessment> &
  Prefixed<'source', typeof source> &
  Prefixed<'storage', typeof storage> &
  Prefixed<'standards', typeof standards> &
  Prefixed<'rights', typeof rights> &
  Prefixed<'share', typeof share> &
  Prefixed<'translation', typeof translation> &
  Prefixed<'baseline', typeof baseline> &
  Prefixed<'background', typeof background> &
  Prefixed<'glossary', typeof glossary> &
  Prefixed<'training', typeof training> &
  Prefixed<'trainer', typeof trainer> &
  Prefixed<'offline', typeof offline> &
  Prefixed<'bilingual', typeof bilingual>;

export type UiStringKey = keyof UiStrings;

import type offline from '../../i18n/offline/en.json';
import type principles from '../../i18n/principles/en.json';
import type site from '../../i18n/site/en.json';
import type source from '../../i18n/source/en.json';

/**
 * Lantern's UI strings live in `src/i18n/<namespace>/<locale>.json`, one folder per feature, so
 * translators work per language and features do not edit each other's files. Keys are used as
 * `<namespace>.<key>` through Starlight's `Astro.locals.t()`, into which they are injected at
 * build time (integrations/lantern-i18n.ts). English is the reference: this type, derived from
 * the English files, is the set of keys every locale must have.
 */
type Prefixed<Namespace extends string, Strings> = {
  [Key in keyof Strings & string as `${Namespace}.${Key}`]: string;
};

export type UiStrings = Prefixed<'site', typeof site> &
  Prefixed<'principles', typeof principles> &
  Prefixed<'source', typeof source> &
  Prefixed<'offline', typeof offline>;

export type UiStringKey = keyof UiStrings;

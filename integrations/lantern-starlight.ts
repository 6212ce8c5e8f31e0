import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { locales } from '../src/lib/locales';
import { navigation } from '../src/lib/navigation';
import { readUiStrings } from '../src/lib/i18n/read';

const i18nDir = fileURLToPath(new URL('../src/i18n/', import.meta.url));

/** Lantern's UI strings, keyed the way Starlight's translation system expects: by BCP-47 tag. */
function stringsByLang(): Record<string, Record<string, string>> {
  const byLocale = readUiStrings(i18nDir);
  return Object.fromEntries(locales.map((l) => [l.lang, byLocale[l.code]]));
}

/**
 * Starlight's `locales` option, built from the one list in src/lib/locales.ts.
 * English is the root locale, served without a prefix.
 */
export function starlightLocales() {
  return Object.fromEntries(
    locales.map((l) => [l.code === 'en' ? 'root' : l.code, { label: l.label, lang: l.lang }]),
  );
}

/** Starlight's `sidebar` option: src/lib/navigation.ts with labels in every language. */
export function starlightSidebar() {
  const strings = stringsByLang();
  const labelled = (key: string) => ({
    label: strings.en?.[key] ?? key,
    translations: Object.fromEntries(
      locales.filter((l) => l.code !== 'en' && strings[l.lang]?.[key]).map((l) => [l.lang, strings[l.lang]![key]!]),
    ),
  });
  return navigation.map((group) => ({
    ...labelled(group.label),
    items: group.items.map((item) => ({ ...labelled(item.label), link: `/${item.path}` })),
  }));
}

/**
 * Injects Lantern's UI strings into Starlight, so components use one `Astro.locals.t()`, and
 * registers Lantern's route middleware (src/route-middleware.ts).
 */
export function lanternStarlightPlugin(): StarlightPlugin {
  return {
    name: 'lantern',
    hooks: {
      'i18n:setup'({ injectTranslations }) {
        injectTranslations(stringsByLang());
      },
      'config:setup'({ addRouteMiddleware }) {
        addRouteMiddleware({ entrypoint: './src/route-middleware.ts' });
      },
    },
  };
}

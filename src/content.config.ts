import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, type Loader } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { fileURLToPath } from 'node:url';
import { localeCodes } from './lib/locales';
import { loadContent } from './lib/content/read';
import { sourcePart, translationRecord, type Entry, type KindName } from './lib/content/schema';
import { loadTranslationReport } from './lib/translation/read';
import type { LocaleReport } from './lib/translation/assess';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const rootDir = fileURLToPath(new URL('../', import.meta.url));

/**
 * One collection per content kind, entries keyed `<locale>/<id>`. The loader validates the whole
 * content graph (schemas, joins, cross-references) with src/lib/content and fails the build with
 * a message naming every broken entry; the collection schema only carries the resulting type.
 */
function lanternData<K extends KindName>(kind: K) {
  const loader: Loader = {
    name: `lantern-${kind}`,
    load: async ({ store, watcher }) => {
      const sync = () => {
        const content = loadContent(dataDir);
        store.clear();
        for (const code of localeCodes) {
          content.kinds[kind][code].forEach((entry, order) => {
            // Astro returns collections sorted by ID; `order` keeps the order the data gives.
            store.set({ id: `${code}/${entry.id}`, data: { ...entry, order } as unknown as Record<string, unknown> });
          });
        }
      };
      sync();
      watcher?.add(dataDir);
      watcher?.on('change', (path) => {
        if (path.startsWith(dataDir)) sync();
      });
    },
  };
  return defineCollection({ loader, schema: z.custom<Entry<K> & { order: number }>() });
}

/**
 * The translation report, one entry per translated locale. Its loader checks every translation
 * against English and the fallback declarations (src/lib/translation/) and fails the build with
 * a list of what is missing, stale or broken.
 */
function translationStatus() {
  const loader: Loader = {
    name: 'lantern-translation-status',
    load: async ({ store, watcher }) => {
      const sync = () => {
        const report = loadTranslationReport(rootDir);
        store.clear();
        for (const locale of report.locales) {
          store.set({ id: locale.locale, data: locale as unknown as Record<string, unknown> });
        }
      };
      sync();
      for (const dir of ['src/data/', 'src/i18n/', 'src/content/docs/']) watcher?.add(`${rootDir}${dir}`);
      watcher?.on('change', (path) => {
        if (['src/data/', 'src/i18n/', 'src/content/docs/'].some((dir) => path.startsWith(`${rootDir}${dir}`))) sync();
      });
    },
  };
  return defineCollection({ loader, schema: z.custom<LocaleReport>() });
}

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    // Translated pages record their review state, as translated data entries do.
    schema: docsSchema({ extend: z.object({ translation: translationRecord.optional() }) }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  sources: defineCollection({ loader: file('src/data/sources.yaml'), schema: sourcePart }),
  principles: lanternData('principles'),
  standards: lanternData('standards'),
  rights: lanternData('rights'),
  checklists: lanternData('checklists'),
  modules: lanternData('modules'),
  glossary: lanternData('glossary'),
  translationStatus: translationStatus(),
  questionnaire: lanternData('questionnaire'),
  baseline: lanternData('baseline'),
  findings: lanternData('findings'),
  recommendations: lanternData('recommendations'),
  background: lanternData('background'),
};

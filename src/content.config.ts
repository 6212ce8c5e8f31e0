import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, type Loader } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { fileURLToPath } from 'node:url';
import { localeCodes } from './lib/locales';
import { loadContent } from './lib/content/read';
import { sourcePart, type Entry, type KindName } from './lib/content/schema';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));

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

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  sources: defineCollection({ loader: file('src/data/sources.yaml'), schema: sourcePart }),
  principles: lanternData('principles'),
  standards: lanternData('standards'),
  rights: lanternData('rights'),
  checklists: lanternData('checklists'),
  modules: lanternData('modules'),
  glossary: lanternData('glossary'),
  baseline: lanternData('baseline'),
  findings: lanternData('findings'),
  recommendations: lanternData('recommendations'),
  background: lanternData('background'),
};

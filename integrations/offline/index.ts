import type { AstroIntegration } from 'astro';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { build as esbuild } from 'esbuild';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readUiStrings } from '../../src/lib/i18n/read';
import { locales } from '../../src/lib/locales';
import { localePath, routes } from '../../src/lib/urls';
import { planOfflineBuild, writeOfflineBundles, type OfflineBuild } from './bundles';
import { builtHtmlPages, writeSearchIndex } from './search-index';

const i18nDir = fileURLToPath(new URL('../../src/i18n/', import.meta.url));
const serviceWorkerSource = fileURLToPath(new URL('../../src/service-worker/sw.ts', import.meta.url));

/** Bundles src/service-worker/sw.ts into /sw.js with this build's ID and lists compiled in. */
export async function writeServiceWorker(distDir: string, plan: OfflineBuild): Promise<void> {
  const strings = readUiStrings(i18nDir);
  const text = (code: (typeof locales)[number]['code'], key: string) => strings[code][`offline.${key}`] ?? strings.en[`offline.${key}`] ?? '';
  const fallback = Object.fromEntries(
    locales.map(({ code, lang }) => [
      code,
      { lang, dir: 'ltr', title: text(code, 'fallback.title'), body: text(code, 'fallback.body'), link: text(code, 'fallback.link') },
    ]),
  );
  const offlinePages = Object.fromEntries(locales.map(({ code }) => [code, localePath(code, routes.offline())]));
  await esbuild({
    entryPoints: [serviceWorkerSource],
    outfile: join(distDir, 'sw.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      __LANTERN_BUILD__: JSON.stringify(plan.build),
      __LANTERN_SHELL__: JSON.stringify(plan.shell),
      __LANTERN_OFFLINE_PAGES__: JSON.stringify(offlinePages),
      __LANTERN_FALLBACK__: JSON.stringify(fallback),
    },
  });
}

/**
 * After the site is built: Lantern's search index (search-index.ts), then the offline file lists
 * and build ID (bundles.ts), then the service worker, in that order, because each step lists
 * what the one before wrote.
 */
export async function buildOffline(distDir: string): Promise<{ plan: OfflineBuild; indexed: Awaited<ReturnType<typeof writeSearchIndex>> }> {
  const indexed = await writeSearchIndex(builtHtmlPages(distDir), join(distDir, 'pagefind'), { segment: true });
  const plan = planOfflineBuild(distDir);
  writeOfflineBundles(distDir, plan);
  await writeServiceWorker(distDir, plan);
  return { plan, indexed };
}

export function lanternOffline(): AstroIntegration {
  return {
    name: 'lantern-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const started = performance.now();
        const { plan, indexed } = await buildOffline(distDir);
        const languages = Object.entries(indexed.languages).map(([lang, pages]) => `${lang} ${pages}`).join(', ');
        logger.info(`Search index: ${indexed.pageCount} pages (${languages || 'none'}).`);
        const sizes = plan.bundles.map((b) => `${b.locale} ${(b.bytes / 1048576).toFixed(1)} MB`).join(', ');
        logger.info(`Offline build ${plan.build}: ${sizes}; sw.js ${statSync(join(distDir, 'sw.js')).size} bytes.`);
        logger.info(`Done in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}

/**
 * Starlight side: the search dialog that segments queries and loads only when opened, and the web
 * app manifest in every page head. The site's Footer override renders
 * src/components/offline/OfflineFooter.astro (the update notice and the "Use offline" link;
 * tests/site/offline.test.ts fails if a page lacks the link).
 */
export function lanternOfflinePlugin(): StarlightPlugin {
  return {
    name: 'lantern-offline',
    hooks: {
      'config:setup'({ config, updateConfig, addRouteMiddleware }) {
        updateConfig({
          components: {
            ...config.components,
            Search: './src/components/search/Search.astro',
          },
        });
        addRouteMiddleware({ entrypoint: './src/offline-route-middleware.ts' });
      },
    },
  };
}

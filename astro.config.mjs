// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { lanternStarlightPlugin, starlightLocales, starlightSidebar } from './integrations/lantern-starlight.ts';
import { lanternOffline, lanternOfflinePlugin } from './integrations/offline/index.ts';

/**
 * The public URL the site is deployed at: canonical links, the sitemap and QR codes use it.
 * Set SITE_URL when building for deployment; the default suits a local preview.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  // Prefetching would spend a user's mobile data on pages they may never open.
  prefetch: false,
  integrations: [
    starlight({
      title: 'Lantern',
      description:
        'Psychosocial care standards, checklists and training for people who support trafficked persons in the Greater Mekong Subregion and Indonesia.',
      defaultLocale: 'root',
      locales: starlightLocales(),
      sidebar: starlightSidebar(),
      plugins: [lanternStarlightPlugin(), lanternOfflinePlugin()],
      // Lantern builds its own search index (integrations/offline/search-index.ts).
      pagefind: false,
      customCss: ['./src/styles/lantern.css'],
      lastUpdated: false,
    }),
    mdx(),
    // After Starlight: indexes the built pages, then writes the offline lists and /sw.js.
    lanternOffline(),
  ],
});

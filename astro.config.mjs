// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { lanternStarlightPlugin, starlightLocales, starlightSidebar } from './integrations/lantern-starlight.ts';
import { glossaryLinks } from './integrations/glossary-links.ts';
import { lanternOffline, lanternOfflinePlugin } from './integrations/offline/index.ts';

/**
 * The public URL the site is deployed at: canonical links, the sitemap and QR codes use it.
 * Set SITE_URL when building for deployment; the default suits a local preview.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
/** For print: link URLs are printed after the link text, absolute (src/styles/lantern.css). */
const printSiteProperty = `:root{--lantern-site:${JSON.stringify(new URL(site).origin)}}`;

export default defineConfig({
  site,
  trailingSlash: 'always',
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  // Prefetching would spend a user's mobile data on pages they may never open.
  prefetch: false,
  integrations: [
    // First: its astro:build:done rewrites the HTML, so it must run before any integration that
    // reads the final HTML (Starlight's search index, the service worker manifest). See
    // docs/ARCHITECTURE.md, "Build steps".
    glossaryLinks(),
    starlight({
      title: 'Lantern',
      description:
        'Psychosocial care standards, checklists and training for people who support trafficked persons in the Greater Mekong Subregion and Indonesia.',
      head: [{ tag: 'style', content: printSiteProperty }],
      defaultLocale: 'root',
      locales: starlightLocales(),
      sidebar: starlightSidebar(),
      plugins: [lanternStarlightPlugin(), lanternOfflinePlugin()],
      // Lantern builds its own search index (integrations/offline/search-index.ts).
      pagefind: false,
      customCss: ['./src/styles/lantern.css', './src/styles/fonts.css', './src/styles/glossary.css'],
      components: {
        // PageTitle and Hero add Lantern's translation notice (src/components/TranslationNotice.astro);
        // Footer adds the source and privacy lines.
        PageTitle: './src/components/overrides/PageTitle.astro',
        Hero: './src/components/overrides/Hero.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      lastUpdated: false,
    }),
    mdx(),
    // After Starlight: indexes the built pages, then writes the offline lists and /sw.js.
    lanternOffline(),
  ],
});

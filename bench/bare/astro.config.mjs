// @ts-check
// A bare Starlight site: the yardstick `npm run bench` compares Lantern with. Starlight's defaults,
// no plugins, no custom CSS, only Lantern's languages (so both sides carry Starlight's language
// picker). bench/run.ts fills src/content/docs/ with one page per Lantern page type it measures,
// holding that page's own content, so both sides carry the same text.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { locales } from '../../src/lib/locales.ts';

export default defineConfig({
  site: process.env.SITE_URL,
  integrations: [
    starlight({
      title: 'Bare Starlight',
      defaultLocale: 'root',
      locales: Object.fromEntries(
        locales.map((l) => [l.code === 'en' ? 'root' : l.code, { label: l.label, lang: l.lang }]),
      ),
    }),
  ],
});

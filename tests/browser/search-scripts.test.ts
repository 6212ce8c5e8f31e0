import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtHtmlPages, writeSearchIndex } from '../../integrations/offline/search-index';
import { getLocale, type LocaleCode } from '../../src/lib/locales';
import { localePath, routes } from '../../src/lib/urls';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { distDir, root } from '../helpers/paths';
import { sentencesOfWords } from '../helpers/recall';
import { serveDist, type StaticServer } from '../helpers/server';

/**
 * Lantern's search dialog in Chromium, in scripts without spaces. The test puts the search
 * fixture's sentences into copies of built pages (principles 1–6), indexes that copy with the
 * site's own indexing, and searches it through the real dialog: words from the middle of a
 * sentence, two words typed without a space, Burmese typed in Zawgyi; excerpts must read as the
 * page does. The other Khmer, Lao and Burmese pages are left out of that index: they are the site's
 * translations, whose common words would push the fixture pages out of the first results, and
 * search over them is measured by tests/site/search-recall.test.ts.
 */

interface FixturePage {
  title: string;
  sentences: string[];
}
const fixture = JSON.parse(readFileSync(join(root, 'tests/fixtures/search/pages.json'), 'utf8')) as Record<string, FixturePage[]>;
const scripts: LocaleCode[] = ['km', 'lo', 'my'];
const pagePath = (locale: LocaleCode, n: number) => localePath(locale, routes.principle(`P${n}`));

let work: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireDist();
  work = mkdtempSync(join(tmpdir(), 'lantern-search-'));
  cpSync(distDir, work, { recursive: true });
  for (const locale of scripts) {
    fixture[locale]!.forEach((entry, i) => {
      const file = join(work, ...pagePath(locale, i + 1).split('/'), 'index.html');
      const html = readFileSync(file, 'utf8').replace(
        /<main[\s\S]*<\/main>/,
        `<main data-pagefind-body><h1>${entry.title}</h1><p>${entry.sentences.join(' ')}</p></main>`,
      );
      writeFileSync(file, html);
    });
  }
  rmSync(join(work, 'pagefind'), { recursive: true });
  const fixturePages = new Set(scripts.flatMap((locale) => fixture[locale]!.map((_, i) => pagePath(locale, i + 1))));
  const inScripts = (url: string) => scripts.some((locale) => url.startsWith(`/${locale}/`));
  const indexed = builtHtmlPages(work).filter((p) => !inScripts(p.url) || fixturePages.has(p.url));
  await writeSearchIndex(indexed, join(work, 'pagefind'), { segment: true });
  server = await serveDist(work);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function search(locale: LocaleCode, query: string) {
  await page.goto(`${server.url}${pagePath(locale, 6)}`);
  await page.locator('site-search button[data-open-modal]').first().click();
  await page.locator('#starlight__search input').fill(query);
  const results = page.locator('.pagefind-ui__result');
  await results.first().waitFor({ timeout: 30_000 });
  return {
    urls: await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.slice(0, 5).map((a) => a.getAttribute('href'))),
    excerpts: await page.locator('.pagefind-ui__result-excerpt').allTextContents(),
  };
}

describe('search in scripts written without spaces, in Chromium', () => {
  for (const locale of scripts) {
    const { lang } = getLocale(locale);
    const sentence = fixture[locale]![0]!.sentences[0]!;
    const words = sentencesOfWords(sentence, lang)[0]!;

    it(`${locale}: finds a word from the middle of a sentence, with an excerpt as the page reads`, async () => {
      const { urls, excerpts } = await search(locale, words[2]!);
      expect(urls, `${locale}: "${words[2]}"`).toContain(pagePath(locale, 1));
      const page1 = fixture[locale]![0]!.sentences.join(' ');
      const body = excerpts.find((e) => e.includes(words[2]!))!;
      // Pagefind starts the excerpt with the title; the rest must be the page's own text.
      const fromText = body.slice(body.indexOf(words[0]!));
      expect(page1.includes(fromText.trim()), `${locale} excerpt "${body}" is not the page's text "${page1}"`).toBe(true);
    });

    it(`${locale}: finds two words typed without a space between them`, async () => {
      const { urls } = await search(locale, `${words[1]}${words[2]}`);
      expect(urls, `${locale}: "${words[1]}${words[2]}"`).toContain(pagePath(locale, 1));
    });
  }

  it('my: finds a word typed in Zawgyi', async () => {
    // "သိမ္းဆည္း" is Zawgyi for "သိမ်းဆည်း" (to keep), on the first Burmese page.
    const { urls } = await search('my', 'သိမ္းဆည္း');
    expect(urls).toContain(pagePath('my', 1));
  });

  it('has no axe violations with Khmer results shown', async () => {
    await search('km', sentencesOfWords(fixture.km![1]!.sentences[0]!, 'km')[0]![3]!);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { planOfflineBuild, writeOfflineBundles } from '../../integrations/offline/bundles';
import { writeServiceWorker } from '../../integrations/offline/index';
import { getLocale, locales, type LocaleCode } from '../../src/lib/locales';
import { localePath, routes } from '../../src/lib/urls';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { sentencesOfWords, visibleBlocks } from '../helpers/recall';
import { distDir } from '../helpers/paths';
import { serveSwappable, type SwappableServer } from '../helpers/server';

/**
 * Lantern offline, in Chromium: save a language, go offline, read, search, open a result, tick a
 * checklist; then deploy a new build and update into it. The site is served from a copy of dist/
 * so the test can replace it with a changed build, as a deploy would.
 */

const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};
/** The language the test saves: the first translated one with its own search index, else English. */
const locale: LocaleCode =
  locales.find((l) => l.code !== 'en' && (entry.languages[l.lang.toLowerCase()]?.page_count ?? 0) > 0)?.code ?? 'en';
const path = (p: string) => localePath(locale, p);
const checklistPath = path('checklists/first-contact/');

/** A word of principle 12's title that no other principle page uses, in the saved language. */
function wordOnlyOnPrinciple12(): string {
  const { lang } = getLocale(locale);
  const text = (id: string) => visibleBlocks(readFileSync(join(distDir, ...path(routes.principle(id)).split('/'), 'index.html'), 'utf8')).join(' ');
  const others = Array.from({ length: 11 }, (_, i) => text(`P${i + 1}`).toLocaleLowerCase(lang)).join(' ');
  const html = readFileSync(join(distDir, ...path(routes.principle('P12')).split('/'), 'index.html'), 'utf8');
  const title = /<h1[^>]*>([^<]+)/.exec(html)![1]!;
  const words = sentencesOfWords(title, lang).flat().filter((w) => w.length > 3 && !others.includes(w.toLocaleLowerCase(lang)));
  if (words.length === 0) throw new Error(`No word of principle 12's title (${title}) is unique to it in ${locale}`);
  return words[0]!;
}

let work: string;
let server: SwappableServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  requireDist();
  work = mkdtempSync(join(tmpdir(), 'lantern-offline-'));
  cpSync(distDir, join(work, 'v1'), { recursive: true });
  server = await serveSwappable(join(work, 'v1'));
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const status = () => page.locator('[data-status]');
const build = () =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data.build);
        navigator.serviceWorker.controller!.postMessage({ type: 'build' }, [channel.port2]);
      }),
  );

async function expectNoAxeViolations(what: string) {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
}

describe(`using Lantern offline (${locale})`, () => {
  it('shows the Use offline page with sizes, and no axe violations before a download', async () => {
    await page.goto(`${server.url}${path(routes.offline())}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    const size = page.locator(`[data-size="${locale}"]`);
    await expect.poll(() => size.textContent(), { timeout: 15_000 }).toMatch(/\d/);
    await expect(page.locator('[data-saved-none]').isVisible()).resolves.toBe(true);
    await expectNoAxeViolations('Use offline page before a download');
  });

  it('saves the language with progress, then shows what is saved and when', async () => {
    await page.locator(`input[name="locale"][value="${locale}"]`).check();
    await page.locator('[data-submit]').click();
    await expect.poll(() => status().textContent(), { timeout: 60_000 }).toContain(getLocale(locale).label);
    await expect.poll(() => page.locator('[data-saved] li').count(), { timeout: 60_000 }).toBe(1);
    await expect(page.locator('[data-saved] li').textContent()).resolves.toMatch(/\d{4}/);
    const names = await page.evaluate(() => caches.keys());
    expect(names.some((n) => n.endsWith(`:locale:${locale}`))).toBe(true);
    await expectNoAxeViolations('Use offline page after a download');
  });

  it('opens saved pages without a network, and searches in that language', async () => {
    await context.setOffline(true);
    for (const p of ['', routes.about(), routes.principles(), routes.principle('P3'), routes.privacy()]) {
      const response = await page.goto(`${server.url}${path(p)}`);
      expect(response?.status(), `${path(p)} offline`).toBe(200);
      await expect(page.locator('h1').first().isVisible(), `${path(p)} offline`).resolves.toBe(true);
      await expect(page.locator('[data-not-saved]').count(), `${path(p)} must be the saved page`).resolves.toBe(0);
    }
    await page.goto(`${server.url}${path(routes.principle('P1'))}`);
    await page.locator('site-search button[data-open-modal]').first().click();
    await page.locator('#starlight__search input').fill(wordOnlyOnPrinciple12());
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 30_000 });
    await expect(result.getAttribute('href')).resolves.toMatch(/\/principles\/12\/$/);
    await result.click();
    await page.waitForURL(/\/principles\/12\/$/);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/12/);
  });

  it('ticks a checklist item offline', async () => {
    await page.goto(`${server.url}${checklistPath}`);
    const box = page.locator('main input[type="checkbox"]').first();
    await box.check();
    await expect(box.isChecked()).resolves.toBe(true);
  });

  it('shows a page that is not saved as the Use offline page, saying so', async () => {
    const other = locales.find((l) => l.code !== locale)!.code;
    await page.goto(`${server.url}${localePath(other, routes.principle('P2'))}`);
    await expect(page.locator('[data-not-saved]').isVisible()).resolves.toBe(true);
    await context.setOffline(false);
  });

  it('tells the reader about a new version, waits for them, then updates every page and the saved language', async () => {
    const before = await (async () => {
      await page.goto(`${server.url}${path(routes.offline())}`);
      return build();
    })();

    // Deploy a changed build: every page carries a marker, so the version of each page shows.
    const v2 = join(work, 'v2');
    cpSync(join(work, 'v1'), v2, { recursive: true });
    const mark = (dir: string) => {
      for (const item of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, item.name);
        if (item.isDirectory()) mark(full);
        else if (item.name.endsWith('.html')) {
          writeFileSync(full, readFileSync(full, 'utf8').replace('<head>', '<head><meta name="lantern-test-version" content="2">'));
        }
      }
    };
    mark(v2);
    rmSync(join(v2, 'sw.js'));
    rmSync(join(v2, 'offline-bundles'), { recursive: true });
    const plan = planOfflineBuild(v2);
    writeOfflineBundles(v2, plan);
    await writeServiceWorker(v2, plan);
    expect(plan.build).not.toBe(before);
    server.swap(v2);

    const version = () => page.locator('meta[name="lantern-test-version"]').count();
    await page.goto(`${server.url}${path(routes.offline())}`);
    const reload = page.locator('lantern-update-notice [data-reload]');
    await reload.waitFor({ state: 'visible', timeout: 60_000 });
    await expect(version(), 'the page must stay as it was until the reader reloads').resolves.toBe(0);
    await expectNoAxeViolations('Use offline page with the update notice');
    await page.waitForTimeout(1_000);
    await expect(version(), 'no reload without the reader asking').resolves.toBe(0);

    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expect(version(), 'after Reload, the new version').resolves.toBe(1);
    await expect.poll(() => build()).toBe(plan.build);
    for (const p of [routes.about(), routes.principle('P4')]) {
      await page.goto(`${server.url}${path(p)}`);
      await expect(version(), `${path(p)} online after the update`).resolves.toBe(1);
    }
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).not.toContainEqual(expect.stringContaining(before));

    await context.setOffline(true);
    for (const p of ['', routes.principle('P5')]) {
      const response = await page.goto(`${server.url}${path(p)}`);
      expect(response?.status(), `${path(p)} offline after the update`).toBe(200);
      await expect(version(), `${path(p)} offline after the update`).resolves.toBe(1);
    }
    await context.setOffline(false);
    await page.goto(`${server.url}${path(routes.offline())}`);
    await expect.poll(() => page.locator('[data-saved] li').textContent(), { timeout: 15_000 }).toMatch(/\d{4}/);
  });
});

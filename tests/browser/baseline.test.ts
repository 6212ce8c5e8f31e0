import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/server';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ colorScheme });
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('the baseline, background and glossary pages in Chromium', () => {
  const pages = [
    '/baseline/',
    '/baseline/lao-pdr/',
    '/background/intervention-pyramid/',
    '/background/impact-of-trafficking/',
    '/glossary/',
    '/km/baseline/cambodia/',
  ];
  for (const path of pages) {
    it(`${path} has no axe violations`, async () => {
      const page = await open(path);
      const violations = await axeViolations(page);
      await page.close();
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }

  it('the intervention pyramid has no axe violations in dark mode', async () => {
    const page = await open('/background/intervention-pyramid/', 'dark');
    const violations = await axeViolations(page);
    await page.close();
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the intervention pyramid's labels contrast with every band in ${scheme} mode`, async () => {
      const page = await open('/background/intervention-pyramid/', scheme);
      const colours = await page.evaluate(() =>
        [1, 2, 3, 4].map((level) => ({
          band: getComputedStyle(document.querySelector(`.lantern-pyramid__band--${level}`)!).fill,
          label: getComputedStyle(document.querySelector('.lantern-pyramid__label')!).fill,
        })),
      );
      await page.close();
      for (const { band, label } of colours) expect(contrast(band, label), `${label} on ${band}`).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('prints the pyramid as plain outlines and glossary links as plain text', async () => {
    const page = await open('/background/intervention-pyramid/');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      band: getComputedStyle(document.querySelector('.lantern-pyramid__band--4')!).fill,
      term: getComputedStyle(document.querySelector('a.lantern-term')!).textDecorationLine,
    }));
    await page.close();
    expect(printed.band).toBe('rgb(255, 255, 255)');
    expect(printed.term).toBe('none');
  });

  it('a glossary link works from the keyboard and lands on its entry', async () => {
    const page = await open('/background/psychosocial-well-being/');
    const link = page.locator('a.lantern-term').first();
    const href = await link.getAttribute('href');
    await link.focus();
    const outline = await link.evaluate((a) => getComputedStyle(a).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/glossary/' && url.hash === `#${href!.split('#')[1]}`);
    const target = await page.evaluate(() => document.querySelector(':target')?.tagName);
    await page.close();
    expect(target).toBe('DT');
  });
});

/** WCAG contrast ratio of two computed colours, `rgb(…)` or (from `color-mix`) `color(srgb …)`. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const scale = colour.startsWith('color(srgb') ? 1 : 255;
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const c = v / scale;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

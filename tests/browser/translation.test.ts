import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/server';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireDist();
  server = await serveDist();
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('translation notices and status in Chromium', () => {
  for (const path of ['/km/', '/my/translation-status/', '/translation-status/']) {
    it(`${path} has no axe violations`, async () => {
      await page.goto(`${server.url}${path}`);
      await page.evaluate(() => document.fonts.ready);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }

  it('shows the untranslated-page notice on the Khmer home page, in Khmer', async () => {
    await page.goto(`${server.url}/km/`);
    const notice = page.locator('.lantern-translation-notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.getAttribute('lang')).resolves.toBe('km');
    await expect(notice.textContent()).resolves.toMatch(/\p{Script=Khmer}/u);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content/read';
import { dataDir } from '../helpers/paths';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { keyboardProblems } from '../helpers/keyboard';
import { serveDist, type StaticServer } from '../helpers/server';

// The English text alongside a translation (components/bilingual): hidden until the reader asks,
// then beside every translated item; remembered on the device; printed when shown.

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const toggle = () => page.getByRole('checkbox', { name: 'แสดงข้อความภาษาอังกฤษคู่กัน' });
const visibleEnglish = () => page.locator('.lantern-english:visible');

beforeAll(async () => {
  requireDist();
  server = await serveDist();
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('showing the English text beside a Thai principle', () => {
  it('is off at first, and on shows the English of every item, item by item', async () => {
    await page.goto(`${server.url}/th/principles/1/`);
    await expect(toggle().isChecked()).resolves.toBe(false);
    await expect(visibleEnglish().count()).resolves.toBe(0);

    await toggle().focus();
    await page.keyboard.press('Space');
    await expect(toggle().isChecked()).resolves.toBe(true);
    const items = await page.locator('[data-principle] li').count();
    // The lead paragraph plus one per item.
    await expect(visibleEnglish().count()).resolves.toBe(items + 1);
    const firstPractice = await page.locator('[data-principle] ul li').first().locator('[lang="en"]').textContent();
    expect(firstPractice).toBe(englishPrinciple('P1').practice[0]);
  });

  it('is remembered on the next page, and printed', async () => {
    await page.goto(`${server.url}/th/principles/2/`);
    await expect(toggle().isChecked()).resolves.toBe(true);
    await expect(visibleEnglish().count()).resolves.toBeGreaterThan(3);
    await page.emulateMedia({ media: 'print' });
    await expect(visibleEnglish().count()).resolves.toBeGreaterThan(3);
    await expect(toggle().isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('has no axe violations and no keyboard problems with the English shown', async () => {
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect((await keyboardProblems(page)).join('\n')).toBe('');
  });

  it('is not offered on English pages', async () => {
    await page.goto(`${server.url}/principles/1/`);
    await expect(page.locator('#lantern-show-english').count()).resolves.toBe(0);
  });
});

describe('the switch where the browser refuses storage', () => {
  it('still shows the English, and says the choice will not be kept', async () => {
    const blocked = await browser.newContext();
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const privatePage = await blocked.newPage();
    await privatePage.goto(`${server.url}/th/principles/3/`);
    const notice = privatePage.locator('lantern-english-alongside lantern-storage-notice');
    await expect(notice.textContent()).resolves.toBe('');
    await privatePage.getByRole('checkbox', { name: 'แสดงข้อความภาษาอังกฤษคู่กัน' }).check();
    await expect(privatePage.locator('.lantern-english:visible').count()).resolves.toBeGreaterThan(3);
    await expect(notice.textContent()).resolves.toContain('เบราว์เซอร์นี้ไม่อนุญาตให้ Lantern บันทึก');
    await blocked.close();
  });
});

function englishPrinciple(id: string) {
  return loadContent(dataDir).kinds.principles.en.find((p) => p.id === id)!;
}

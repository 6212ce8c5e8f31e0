import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/server';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const path = '/checklists/informed-consent/';
const box = (n: number) => page.locator(`#tick-informed-consent-${n}`);

async function expectNoAxeViolations(): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

beforeAll(async () => {
  requireDist();
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext();
  page = await context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(server.url + path);
});

describe('a checklist in Chromium', () => {
  it('saves ticks on the device and shows them again after a reload', async () => {
    await expectNoAxeViolations();
    await box(1).check();
    await box(3).check();
    await expect(page.locator('[data-progress]').textContent()).resolves.toBe('2 of 11 done');
    await page.reload();
    await expect(box(1).isChecked()).resolves.toBe(true);
    await expect(box(2).isChecked()).resolves.toBe(false);
    await expect(box(3).isChecked()).resolves.toBe(true);
    await expectNoAxeViolations();
  });

  it('keeps two working copies apart', async () => {
    await box(1).check();
    await page.getByRole('button', { name: 'New working copy' }).click();
    await page.getByLabel('Reference for the new copy (optional)').fill('Case 2026-015');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(box(1).isChecked()).resolves.toBe(false);
    await box(2).check();
    const select = page.getByLabel('Working copy shown');
    await select.selectOption({ label: 'Working copy 1' });
    await expect(box(1).isChecked()).resolves.toBe(true);
    await expect(box(2).isChecked()).resolves.toBe(false);
    await select.selectOption({ label: 'Case 2026-015' });
    await expect(box(2).isChecked()).resolves.toBe(true);
    await page.reload();
    await expect(page.getByLabel('Working copy shown').inputValue()).resolves.not.toBe('');
    await expect(box(2).isChecked()).resolves.toBe(true);
    await expect(box(1).isChecked()).resolves.toBe(false);
  });

  it('clears all ticks after confirmation, and undoes it', async () => {
    await box(1).check();
    await box(2).check();
    await page.getByRole('button', { name: 'Clear all ticks' }).click();
    await expect(box(1).isChecked()).resolves.toBe(false);
    await expect(page.locator('[data-announce]').textContent()).resolves.toContain('All ticks cleared');
    await page.getByRole('button', { name: 'Undo clearing' }).click();
    await expect(box(1).isChecked()).resolves.toBe(true);
    await expect(box(2).isChecked()).resolves.toBe(true);
    await page.reload();
    await expect(box(2).isChecked()).resolves.toBe(true);
  });

  it('can be used with the keyboard alone', async () => {
    await box(1).focus();
    await page.keyboard.press('Space');
    await expect(box(1).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'New working copy' }).focus();
    await page.keyboard.press('Enter');
    const reference = page.getByLabel('Reference for the new copy (optional)');
    await expect(reference.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('Review Nov');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Working copy shown').locator('option:checked').textContent()).resolves.toBe('Review Nov');
    await expectNoAxeViolations();
  });

  it('prints as a paper form without navigation, with tick boxes', async () => {
    await box(4).check();
    await page.evaluate(() => document.querySelector<HTMLElement>('lantern-checklist')!.dataset.print = 'filled');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.page > header', '#starlight__sidebar', '.right-sidebar-container', '[data-controls]']) {
      await expect(page.locator(chrome).first().isVisible(), chrome).resolves.toBe(false);
    }
    await expect(page.locator('.lantern-print-box').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('th', { hasText: 'Initials' }).first().isVisible()).resolves.toBe(true);
    const tick = await page.locator('#informed-consent-4 .lantern-print-box').evaluate((el) => getComputedStyle(el, '::after').content);
    expect(tick).toBe('"✓"');
  });
});

describe('a checklist where the browser refuses storage', () => {
  it('keeps working and says that nothing will be saved', async () => {
    const blocked = await browser.newContext();
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const privatePage = await blocked.newPage();
    await privatePage.goto(server.url + path);
    await expect(privatePage.locator('lantern-storage-notice').textContent()).resolves.toContain('not letting Lantern save');
    await privatePage.locator('#tick-informed-consent-2').check();
    await expect(privatePage.locator('[data-progress]').textContent()).resolves.toBe('1 of 11 done');
    await blocked.close();
  });

  it('says so when the device storage is full, and keeps what was saved', async () => {
    await box(1).check();
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await box(2).check();
    await expect(page.locator('lantern-storage-notice').textContent()).resolves.toContain('storage for this site on your device is full');
    await page.reload();
    await expect(box(1).isChecked()).resolves.toBe(true);
    await expect(box(2).isChecked()).resolves.toBe(false);
  });
});

describe('a checklist without JavaScript', () => {
  it('is still the printable form', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(server.url + path);
    await expect(plain.locator('[data-controls]').isVisible()).resolves.toBe(false);
    await expect(plain.locator('input[type="checkbox"][data-item]').count()).resolves.toBe(11);
    await plain.emulateMedia({ media: 'print' });
    await expect(plain.locator('.lantern-print-box').first().isVisible()).resolves.toBe(true);
    await expect(plain.locator('.lantern-checklist-print-header').isVisible()).resolves.toBe(true);
    await noScript.close();
  });
});

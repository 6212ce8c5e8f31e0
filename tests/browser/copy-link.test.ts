import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/** The URL the copy-link button must copy: the public site URL the build used, not the test server's. */
async function publicUrl(page: Page, path: string): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  return new URL(path, canonical!).href;
}

/** Presses Tab until the element matching `selector` has focus: the keyboard is the only input. */
async function tabTo(page: Page, selector: string, maxPresses = 200): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with ${maxPresses} presses of Tab`);
}

async function withContext<T>(options: Parameters<Browser['newContext']>[0], run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const buttonFor = (id: string) => `#${id.toLowerCase().replace('.', '-')} .lantern-copy-link__button`;

describe('the copy-link control on an indicator', () => {
  it('copies the full URL from the keyboard and announces it', async () => {
    await withContext({}, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.goto(`${server.url}/standards/s5/`);
      const button = page.locator(buttonFor('S5.2'));
      await expect(button.isVisible()).resolves.toBe(true);
      await expect(button.getAttribute('aria-label')).resolves.toBe('Copy link to S5.2');
      await expect(page.locator('#s5-2 .lantern-copy-link__anchor').isVisible()).resolves.toBe(false);

      // The live region is on the page, empty, before anything is announced.
      await expect(page.locator('#s5-2 [role="status"]').textContent()).resolves.toBe('');

      await tabTo(page, buttonFor('S5.2'));
      const outline = await button.evaluate((b) => getComputedStyle(b).outlineStyle);
      expect(outline, 'the focused button shows a visible focus outline').not.toBe('none');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#s5-2 [role="status"]')?.textContent === 'Link copied.');
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      expect(clipboard).toBe(await publicUrl(page, '/standards/s5/#s5-2'));
      expect(new URL(clipboard).hash).toBe('#s5-2');

      // A second copy is announced again: the live region is emptied and refilled.
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelector('#s5-2 [role="status"]')?.textContent === 'Link copied.');
    });
  });

  it('shows the URL selected for copying by hand when the clipboard is unavailable', async () => {
    await withContext({}, async (page) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await page.goto(`${server.url}/standards/s3/`);
      await tabTo(page, buttonFor('S3.4'));
      await page.keyboard.press('Enter');
      const field = page.locator('#s3-4 .lantern-copy-link__field');
      await field.waitFor({ state: 'visible' });
      const expected = await publicUrl(page, '/standards/s3/#s3-4');
      await expect(field.inputValue()).resolves.toBe(expected);
      const selection = await field.evaluate((input: HTMLInputElement) => ({
        focused: document.activeElement === input,
        selected: input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
      }));
      expect(selection).toEqual({ focused: true, selected: expected });
      await page.waitForFunction(() => /did not let Lantern copy/.test(document.querySelector('#s3-4 [role="status"]')?.textContent ?? ''));
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });

  it('is a plain visible link without JavaScript', async () => {
    await withContext({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${server.url}/standards/s5/`);
      const anchor = page.locator('#s5-2 .lantern-copy-link__anchor');
      await expect(anchor.isVisible()).resolves.toBe(true);
      await expect(anchor.textContent()).resolves.toBe('Link to S5.2');
      await expect(page.locator(buttonFor('S5.2')).isVisible()).resolves.toBe(false);
      await anchor.click();
      await page.waitForURL(/\/standards\/s5\/#s5-2$/);
    });
  });

  it('leaves no buttons on paper', async () => {
    await withContext({}, async (page) => {
      await page.goto(`${server.url}/standards/s5/`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.lantern-copy-link__button:visible').count()).resolves.toBe(0);
      await expect(page.locator('#s5-2').isVisible()).resolves.toBe(true);
    });
  });
});

describe('accessibility of the standards and rights pages', () => {
  it('has no axe violations on the overview, a standard, the rights, a fallback page and a principle', async () => {
    await withContext({}, async (page) => {
      for (const path of ['/standards/', '/standards/s5/', '/rights/', '/km/standards/s8/', '/principles/6/']) {
        await page.goto(`${server.url}${path}`);
        const violations = await axeViolations(page);
        expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
      }
    });
  }, 180_000);

  it('has no axe violations on a phone-sized screen', async () => {
    await withContext({ viewport: { width: 360, height: 740 } }, async (page) => {
      for (const path of ['/standards/', '/standards/s3/']) {
        await page.goto(`${server.url}${path}`);
        const violations = await axeViolations(page);
        expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
      }
    });
  }, 120_000);

  it('has no axe violations in the dark theme, with an indicator targeted', async () => {
    await withContext({ colorScheme: 'dark' }, async (page) => {
      await page.goto(`${server.url}/standards/s9/#s9-4`);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });
});

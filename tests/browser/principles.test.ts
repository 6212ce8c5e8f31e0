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

describe('a principle page in Chromium', () => {
  it('loads with its title and source, and has no axe violations', async () => {
    await page.goto(`${server.url}/principles/6/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Principle 6');
    await expect(page.locator('.lantern-sources').textContent()).resolves.toContain('Annex II');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('finds another principle through search and opens it', async () => {
    await page.goto(`${server.url}/principles/1/`);
    await page.getByRole('button', { name: 'Search' }).first().click();
    // "gossiped" appears on principle 9 alone. ("compensation", once only on principle 12, is now
    // also on the standards and rights pages, which can rank first.)
    await page.locator('#starlight__search input').fill('gossiped');
    const firstResult = page.locator('.pagefind-ui__result-link').first();
    await firstResult.waitFor();
    await expect(firstResult.getAttribute('href')).resolves.toMatch(/\/principles\/9\/$/);
    await firstResult.click();
    await page.waitForURL(/\/principles\/9\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Principle 9');
  });

  it('has no axe violations with the search dialog open', async () => {
    await page.goto(`${server.url}/principles/3/`);
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.locator('#starlight__search input').fill('consent');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

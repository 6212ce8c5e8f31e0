import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { i18nDir } from '../helpers/paths';
import { serveDist, type StaticServer } from '../helpers/server';

// Work done in one language carries over to another (issue 10): checklist ticks and assessment
// answers are stored by ID, so a Khmer-speaking manager and a Burmese-speaking colleague can share
// them. Selectors use data attributes and each locale's own UI strings, never English text.

let server: StaticServer;
let browser: Browser;

const strings = (namespace: string, locale: string): Record<string, string> => {
  const english = JSON.parse(readFileSync(join(i18nDir, namespace, 'en.json'), 'utf8'));
  try {
    return { ...english, ...JSON.parse(readFileSync(join(i18nDir, namespace, `${locale}.json`), 'utf8')) };
  } catch {
    return english; // a namespace still declared as falling back to English in this locale
  }
};

async function expectNoAxeViolations(page: Page, step: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${step}:\n${describeViolations(violations)}`).toEqual([]);
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

describe('switching between Khmer and Burmese', () => {
  it('keeps checklist ticks: ticked in Khmer, shown ticked in Burmese', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/km/checklists/informed-consent/`);
    await page.locator('[data-item="informed-consent.2"]').check();
    await page.locator('[data-item="informed-consent.5"]').check();
    await expectNoAxeViolations(page, 'Khmer checklist, two ticks');

    await page.goto(`${server.url}/my/checklists/informed-consent/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('my');
    const ticked = await page.locator('[data-item]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLElement).dataset.item));
    expect(ticked).toEqual(['informed-consent.2', 'informed-consent.5']);
    await expectNoAxeViolations(page, 'Burmese checklist, same ticks');
    await context.close();
  });

  it('imports in Burmese an assessment exported in Khmer, with the same answers; CSV headers in Khmer', async () => {
    const khmer = await browser.newContext({ acceptDownloads: true });
    let page = await khmer.newPage();
    await page.goto(`${server.url}/km/self-assessment/`);
    await page.locator('[data-field="label"]').fill('ក្រុម ក');
    await page.locator('[data-action="start"]').click();
    let s1 = page.locator('[data-area="S1"]');
    const radios = s1.locator('input[type="radio"]');
    const values = ['met', 'partly', 'not-met'];
    const groups = await s1.locator('fieldset').count();
    for (let i = 0; i < groups; i++) await s1.locator('fieldset').nth(i).locator(`input[value="${values[i % 3]}"]`).check();
    expect(await radios.count()).toBeGreaterThan(0);
    await s1.locator('[data-note]').first().fill('ឯកសារ');
    await page.locator('[data-action="list"]').first().click();
    await page.locator('[data-action="results"]').first().click();
    await expectNoAxeViolations(page, 'Khmer results');

    const exported = async (action: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).first().click()]);
      return readFile((await download.path())!, 'utf8');
    };
    const json = await exported('export-json');
    const csv = await exported('export-csv');
    const km = strings('self-assessment', 'km');
    expect(csv.split('\n')[0]).toContain(`"${km['csv.area']}","${km['csv.indicator']}"`);
    await khmer.close();

    const burmese = await browser.newContext();
    page = await burmese.newPage();
    await page.goto(`${server.url}/my/self-assessment/`);
    await page.locator('[data-import-file]').setInputFiles({ name: 'assessment.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.locator('[data-action="import"]').click();
    await page.locator('[data-import-status]', { hasText: 'ក្រុម ក' }).waitFor({ timeout: 5000 });
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lantern:assessments')!).data.assessments);
    const imported = Object.values(stored)[0] as { answers: unknown; label: string };
    expect(imported.label).toBe('ក្រុម ក');
    expect(imported.answers).toEqual(JSON.parse(json).data.answers);

    await page.locator('[data-action="continue"]').first().click();
    s1 = page.locator('[data-area="S1"]');
    for (let i = 0; i < groups; i++) {
      await expect(s1.locator('fieldset').nth(i).locator(`input[value="${values[i % 3]}"]`).isChecked()).resolves.toBe(true);
    }
    await expect(s1.locator('[data-note]').first().inputValue()).resolves.toBe('ឯកសារ');
    await expectNoAxeViolations(page, 'Burmese, imported assessment');
    await burmese.close();
  });
});

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/server';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function expectNoAxeViolations(step: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${step}:\n${describeViolations(violations)}`).toEqual([]);
}

async function start(label: string): Promise<void> {
  await page.getByLabel('Agency, shelter or team (optional)').fill(label);
  await page.getByLabel('Who took part (optional)').fill('Manager, two case workers');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
}

/** Answers every indicator of the visible area with `value`, the way a user clicks. */
async function answerArea(area: string, value: string): Promise<void> {
  const radios = page.locator(`[data-area="${area}"] input[type="radio"][value="${value}"]`);
  for (let i = 0, n = await radios.count(); i < n; i++) await radios.nth(i).check();
}

async function exportedFile(buttonName: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return readFile((await download.path())!, 'utf8');
}

async function importText(name: string, text: string): Promise<void> {
  await page.getByLabel('Assessment file (.json) exported from Lantern').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
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
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(`${server.url}/self-assessment/`);
});

describe('the self-assessment in Chromium', () => {
  it('is completed area by area, resumes after a reload, and shows results with a chart', async () => {
    await expectNoAxeViolations('start');
    await start('Shelter North');
    await expectNoAxeViolations('answering');
    const areas = await page.locator('[data-area]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.area!));
    await answerArea(areas[0]!, 'met');
    await page.locator(`[data-area="${areas[0]}"] textarea`).first().fill('Rights leaflet in three languages; checked files.');
    await page.getByRole('button', { name: 'Next area' }).first().click();
    await answerArea(areas[1]!, 'not-met');

    await page.reload();
    await expect(page.locator('[data-list]').textContent()).resolves.toMatch(/Shelter North.*\d+ of \d+ answered/);
    await page.getByRole('button', { name: 'Continue: Shelter North' }).click();
    // Resumes at the first area with unanswered indicators, with earlier answers kept.
    await expect(page.locator(`[data-area="${areas[2]}"]`).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: `${areas[0]} (` }).click();
    await expect(page.locator(`[data-area="${areas[0]}"] input[value="met"]`).first().isChecked()).resolves.toBe(true);
    await expect(page.locator(`[data-area="${areas[0]}"] textarea`).first().inputValue()).resolves.toContain('Rights leaflet');

    for (const area of areas.slice(2)) {
      await page.getByRole('button', { name: `${area} (` }).click();
      await answerArea(area, area === areas[2] ? 'na' : 'partly');
    }
    await expect(page.locator('[data-progress]').textContent()).resolves.toMatch(/^(\d+) of \1 indicators answered$/);
    await page.getByRole('button', { name: 'See the results' }).click();
    await expect(page.locator('svg[role="img"] title').textContent()).resolves.toBe('Score per area');
    await expect(page.locator('[data-results] table').first().locator('tbody tr').count()).resolves.toBe(areas.length);
    await expect(page.locator('.sa-overall').textContent()).resolves.toMatch(/^\d+ %$/);
    await expect(page.locator('.sa-action').first().textContent()).resolves.toContain('Not met');
    await page.getByLabel('Who will act (role)').first().fill('Shelter manager');
    await expectNoAxeViolations('results');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sa-buttons').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('svg[role="img"]').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    await page.getByRole('button', { name: 'Results: Shelter North' }).click();
    await expect(page.getByLabel('Who will act (role)').first().inputValue()).resolves.toBe('Shelter manager');
  });

  it('exports JSON that imports as an identical assessment, and CSV for spreadsheets', async () => {
    await start('Export check');
    await answerArea('S1', 'partly');
    await page.locator('[data-area="S1"] textarea').first().fill('=HYPERLINK("http://example.com")');
    await page.getByRole('button', { name: 'All assessments' }).click();
    await page.getByRole('button', { name: 'Results: Export check' }).click();
    const json = await exportedFile('Export to re-import (JSON)');
    const csv = await exportedFile('Export for a spreadsheet (CSV)');
    expect(csv.startsWith('\uFEFF"Area","Indicator"')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"")"`);

    const fresh = await browser.newContext();
    page = await fresh.newPage();
    await page.goto(`${server.url}/self-assessment/`);
    await importText('assessment.json', json);
    await page.locator('[data-import-status]', { hasText: 'Imported “Export check”' }).waitFor({ timeout: 5000 });
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lantern:assessments')!).data.assessments.a1);
    const original = JSON.parse(json).data;
    expect({ ...stored, updatedAt: '' }).toEqual({ ...original, updatedAt: '' });
    await fresh.close();
  });

  it('refuses hostile or broken files with a message, changes nothing, and shows imported text as text', async () => {
    await start('Already here');
    await answerArea('S1', 'met');
    await page.getByRole('button', { name: 'All assessments' }).click();
    const before = await page.evaluate(() => localStorage.getItem('lantern:assessments'));
    const envelope = (data: unknown) => JSON.stringify({ app: 'lantern', kind: 'assessment', version: 1, savedAt: '', data });
    const base = { label: 'x', date: '2026-01-01', participants: '', answers: {}, actions: {}, createdAt: '', updatedAt: '' };

    for (const [name, text, message] of [
      ['truncated.json', envelope(base).slice(0, 40), 'cannot be read'],
      ['wrong-types.json', envelope({ ...base, answers: { 'S1.1': { value: 42 } } }), 'damaged or has been changed'],
      ['huge.json', envelope({ ...base, label: 'x'.repeat(1_100_000) }), 'larger than 1 MB'],
      ['other-tool.json', JSON.stringify({ survey: [1, 2, 3] }), 'not made by Lantern'],
      ['newer.json', envelope(base).replace('"version":1', '"version":9'), 'newer version'],
    ] as const) {
      await importText(name, text);
      await page.locator('[data-import-status]', { hasText: message }).waitFor({ timeout: 5000 });
      await expect(page.evaluate(() => localStorage.getItem('lantern:assessments'))).resolves.toBe(before);
    }
    await expectNoAxeViolations('import refused');

    const hostile = { ...base, label: '<img src=x onerror="window.pwned=1">', participants: '<script>window.pwned=2</script>', answers: { 'S1.1': { value: 'not-met', note: '<b onmouseover="window.pwned=3">x</b>' } } };
    await importText('hostile.json', envelope(hostile));
    await page.locator('[data-list]', { hasText: '<img src=x onerror="window.pwned=1">' }).waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: /^Results: <img/ }).click();
    await expect(page.locator('[data-results]').textContent()).resolves.toContain('<b onmouseover="window.pwned=3">x</b>');
    await expect(page.locator('[data-results] img, [data-results] script, [data-list] img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { pwned?: number }).pwned)).resolves.toBeUndefined();
  });

  it('can be answered with the keyboard alone', async () => {
    await page.getByLabel('Agency, shelter or team (optional)').focus();
    await page.keyboard.type('Keyboard team');
    await page.getByRole('button', { name: 'Start the assessment' }).focus();
    await page.keyboard.press('Enter');
    // Focus moves to the first area's heading; Tab reaches the first radio group.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-area="S1"] input[value="partly"]').first().isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-progress]').textContent()).resolves.toMatch(/^1 of/);
  });

  it('lets an agency compare two assessments', async () => {
    await start('Last year');
    await answerArea('S1', 'not-met');
    await page.getByRole('button', { name: 'All assessments' }).click();
    await start('This year');
    await answerArea('S1', 'met');
    await page.getByRole('button', { name: 'All assessments' }).click();
    await page.getByRole('button', { name: 'Results: This year' }).click();
    await page.getByLabel('Compare with another assessment').selectOption({ index: 1 });
    const row = page.locator('[data-results] table').last().locator('tbody tr').first();
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['0', '100', '+100']);
    await expectNoAxeViolations('comparison');
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { requireDist } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/server';
import { announcement, answer, question, savedItems } from '../helpers/training';
import { loadContent } from '../../src/lib/content/read';
import { getLocale, type LocaleCode } from '../../src/lib/locales';
import { fillTemplate, numberFormats } from '../../src/lib/training/format';
import { dataDir, i18nDir } from '../helpers/paths';

let server: StaticServer;
let browser: Browser;
let device: BrowserContext;
let page: Page;
const files = mkdtempSync(join(tmpdir(), 'lantern-training-'));

beforeAll(async () => {
  requireDist();
  server = await serveDist();
  browser = await launchChromium();
  device = await browser.newContext();
  page = await device.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server.url}${path}`;
/** The training UI strings of a locale, English filling any gap (as the site does). */
const trainingStrings = (code: LocaleCode): Record<string, string> => ({
  ...JSON.parse(readFileSync(join(i18nDir, 'training', 'en.json'), 'utf8')),
  ...(code === 'en' ? {} : JSON.parse(readFileSync(join(i18nDir, 'training', `${code}.json`), 'utf8'))),
});

async function expectNoAxeViolations(target: Page, where: string): Promise<void> {
  const violations = await axeViolations(target);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

/** The best option of a question, read from the page's own answer key. */
async function correctOption(target: Page, id: string): Promise<string> {
  return (await target.locator(`[data-answer-key] li[data-question="${id}"] li[data-correct]`).getAttribute('data-option'))!;
}

async function wrongOption(target: Page, id: string): Promise<string> {
  const right = await correctOption(target, id);
  return right === 'a' ? 'b' : 'a';
}

describe('learning module M1 in Chromium', () => {
  it('has no axe violations before any answer', async () => {
    await page.goto(url('/training/m1/'));
    await page.locator('lantern-module-status:not([hidden])').waitFor();
    await expectNoAxeViolations(page, '/training/m1/ before answering');
  });

  it('takes a question: a wrong answer, then the right one, with feedback shown as text and announced', async () => {
    const q1 = question(page, 'q1');
    const wrong = await wrongOption(page, 'q1');
    await answer(page, 'q1', wrong);
    const feedback = q1.locator('[data-feedback]');
    await expect(feedback.textContent()).resolves.toMatch(/^✗ Not the best answer\. \S/);
    await expect(announcement(page, 'Question 1: Not the best answer.')).resolves.toContain(
      (await page.locator(`[data-answer-key] li[data-question="q1"] li[data-option="${wrong}"] [data-option-feedback]`).textContent())!,
    );
    await expect(q1.locator('[data-action]').textContent()).resolves.toBe('Try again');

    await q1.locator('[data-action]').click();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe('M1-q1');
    await expect(feedback.textContent()).resolves.toBe('');
    await answer(page, 'q1', await correctOption(page, 'q1'));
    await expect(feedback.textContent()).resolves.toMatch(/^✓ Right\. \S/);
    await expect(announcement(page, 'Question 1: Right.')).resolves.toMatch(/^Question 1: Right\. \S/);
    await expect(q1.locator('[data-action]').textContent()).resolves.toBe('Next question');
    await expect(q1.locator('input:checked').isDisabled()).resolves.toBe(true);
  });

  it('has no axe violations after answering', async () => {
    await expectNoAxeViolations(page, '/training/m1/ after answering');
  });

  it('answers a question with the keyboard alone, with focus always visible', async () => {
    // Focus is on "Next question" under question 1; Enter moves to question 2.
    await question(page, 'q1').locator('[data-action]').focus();
    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement;
        return { name: element.name, value: element.value, text: element.textContent, outline: getComputedStyle(element).outlineStyle };
      });
    await expect(focused()).resolves.toMatchObject({ name: 'M1-q2', value: 'a' });
    const right = await correctOption(page, 'q2');
    for (const option of ['a', 'b', 'c', 'd']) {
      if (option === right) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
    await expect(focused()).resolves.toMatchObject({ name: 'M1-q2', value: right });
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ text: 'Check answer' });
    expect((await focused()).outline, 'focus outline on the button').not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(question(page, 'q2').locator('[data-feedback]').textContent()).resolves.toMatch(/^✓ Right\./);
    await expect(focused()).resolves.toMatchObject({ text: 'Next question' });
  });

  it('marks a section read, and unread, from the keyboard', async () => {
    const box = page.locator('lantern-read-toggle[data-section="normal-reactions"] input');
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box.isChecked()).resolves.toBe(true);
    await expect(page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).resolves.not.toBe('none');
    await page.keyboard.press('Space');
    await expect(box.isChecked()).resolves.toBe(false);
    await page.keyboard.press('Space');
    await expect(page.locator('lantern-module-status').textContent()).resolves.toContain('1 of 5 sections read.');
  });

  it('keeps progress across a reload, and shows it in another language', async () => {
    for (const [path, code] of [['/training/m1/', 'en'], ['/km/training/m1/', 'km']] as const) {
      await page.goto(url(path));
      await expect(page.locator('lantern-read-toggle[data-section="normal-reactions"] input').isChecked(), path).resolves.toBe(true);
      await expect(question(page, 'q1').locator('[data-feedback]').textContent(), path).resolves.toMatch(/^✓/);
      await expect(question(page, 'q2').locator('[data-feedback]').textContent(), path).resolves.toMatch(/^✓/);
      const status = page.locator('lantern-module-status');
      const strings = trainingStrings(code);
      const number = numberFormats(getLocale(code).lang).number;
      await expect(status.textContent(), path).resolves.toContain(fillTemplate(strings['status.quizAnswering']!, { answered: number(2), total: number(8) }));
      // The last step was marking "normal-reactions" read: the learner continues with the next section.
      const resume = status.locator('a').first();
      await expect(resume.getAttribute('href'), path).resolves.toBe(`${path}#caution-with-labels`);
      const title = loadContent(dataDir).kinds.modules[code].find((m) => m.id === 'M1')!.sections.find((s) => s.id === 'caution-with-labels')!.title;
      await expect(resume.textContent(), path).resolves.toBe(fillTemplate(strings['status.resumeSection']!, { title }));
    }
  });

  it('shows the same progress on "My learning", with a link to continue', async () => {
    await page.goto(url('/training/my-learning/'));
    const row = page.locator('tr[data-module="M1"]');
    await expect(row.locator('[data-progress]').textContent()).resolves.toBe(
      '1 of 5 sections read. Knowledge check under way: 2 of 8 questions answered.',
    );
    await expect(row.locator('[data-next] a').first().getAttribute('href')).resolves.toBe('/training/m1/#caution-with-labels');
    await expectNoAxeViolations(page, '/training/my-learning/');
  });

  it('passes the check with a first-time score of 7 of 8, and offers the certificate', async () => {
    await page.goto(url('/training/m1/'));
    for (const id of ['q3', 'q4', 'q5', 'q6', 'q7', 'q8']) await answer(page, id, await correctOption(page, id));
    const result = page.locator('lantern-quiz [data-result]');
    await expect(result.isVisible()).resolves.toBe(true);
    await expect(result.textContent()).resolves.toContain('You answered 7 of 8 questions right the first time: 88%.');
    await expect(result.textContent()).resolves.toContain('You passed this module’s knowledge check.');
    await expect(announcement(page, 'Question 8: Right.')).resolves.toContain('88%');
    await expect(result.locator('[data-certificate]').isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page, '/training/m1/ with the result shown');
  });

  it('has no axe violations in the dark theme either, with feedback and result shown', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.locator('lantern-quiz [data-result]:not([hidden])').waitFor();
    await expectNoAxeViolations(page, '/training/m1/ in the dark theme');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('prints a certificate with the typed name, module, date and score, and nothing else', async () => {
    await page.goto(url('/training/m1/certificate/'));
    const name = page.getByLabel('Your name, as it should appear on the certificate');
    await name.fill('Malai Srisuk');
    await expectNoAxeViolations(page, '/training/m1/certificate/');
    await page.emulateMedia({ media: 'print' });
    const certificate = page.locator('.lantern-certificate');
    await expect(certificate.isVisible()).resolves.toBe(true);
    const text = (await certificate.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Malai Srisuk');
    expect(text).toContain('Module 1: Understanding trafficking and its psychosocial impact');
    expect(text).toContain(`with a score of 88% (7 of 8) on ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date())}.`);
    expect(text).toMatch(/records self-study\. It is not an accredited qualification/);
    for (const selector of ['header.header', 'h1', 'nav.sidebar', '.lantern-certificate-form', 'main footer']) {
      await expect(page.locator(selector).first().isVisible(), `${selector} in print`).resolves.toBe(false);
    }
    await page.emulateMedia({ media: 'screen' });
    await name.blur();
    await page.reload();
    await expect(name.inputValue()).resolves.toBe('Malai Srisuk');
  });

  it('formats the certificate date for the page’s language', async () => {
    await page.goto(url('/vi/training/m1/certificate/'));
    const date = new Intl.DateTimeFormat('vi', { dateStyle: 'long' }).format(new Date());
    await expect(page.locator('.lantern-certificate [data-score]').textContent()).resolves.toContain(date);
  });
});

describe('a new attempt at the check', () => {
  it('clears the answers on screen, keeps the best score, and counts first answers again', async () => {
    await page.goto(url('/training/m1/'));
    await page.getByRole('button', { name: 'Start a new attempt' }).click();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe('M1-q1');
    await expect(page.locator('lantern-quiz input:checked').count()).resolves.toBe(0);
    await expect(page.locator('lantern-quiz [data-result]').isVisible()).resolves.toBe(false);
    await expect(page.locator('lantern-module-status').textContent()).resolves.toContain('Knowledge check passed, best score 88%.');
    await question(page, 'q1').locator('[data-action]').click();
    await expect(question(page, 'q1').locator('[data-feedback]').textContent()).resolves.toBe('Choose an answer first.');
    await answer(page, 'q1', await correctOption(page, 'q1'));
    await expect(page.locator('lantern-module-status').textContent()).resolves.toContain(
      'Knowledge check passed, best score 88%. New attempt under way: 1 of 8 questions answered.',
    );
  });
});

describe('moving progress to another device', () => {
  let exported: string;

  it('exports progress as a Lantern learning file', async () => {
    await page.goto(url('/training/my-learning/'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save my progress to a file' }).click()]);
    exported = join(files, download.suggestedFilename());
    await download.saveAs(exported);
    expect(download.suggestedFilename()).toMatch(/^lantern-learning-\d{4}-\d{2}-\d{2}\.json$/);
    const envelope = JSON.parse(readFileSync(exported, 'utf8'));
    expect(envelope).toMatchObject({ app: 'lantern', kind: 'learning', version: 1, data: { learner: { name: 'Malai Srisuk' } } });
    expect(JSON.stringify(envelope.data.modules.M1.sectionsRead)).toContain('normal-reactions');
  });

  it('imports it on a fresh device, keeping what that device already had', async () => {
    const other = await browser.newContext();
    const phone = await other.newPage();
    await phone.goto(url('/training/m1/'));
    await phone.locator('lantern-read-toggle[data-section="intervention-pyramid"] input').check();
    await phone.goto(url('/training/m1/certificate/'));
    await expect(phone.locator('[data-not-passed] [data-message]').textContent()).resolves.toContain('You have not passed');
    await expect(phone.locator('.lantern-certificate').isVisible()).resolves.toBe(false);
    await phone.goto(url('/training/my-learning/'));
    await phone.locator('input[data-import]').setInputFiles(exported);
    await phone.locator('[data-message]').filter({ hasText: 'Progress added from the file.' }).waitFor();
    const row = phone.locator('tr[data-module="M1"]');
    await expect(row.locator('[data-progress]').textContent()).resolves.toBe(
      '2 of 5 sections read. Knowledge check passed, best score 88%. New attempt under way: 1 of 8 questions answered.',
    );
    await expect(row.locator('[data-next]').textContent()).resolves.toContain('Your certificate');
    await phone.goto(url('/training/m1/certificate/'));
    await expect(phone.locator('.lantern-certificate [data-name]').textContent()).resolves.toBe('Malai Srisuk');
    await other.close();
  });

  it('refuses hostile or broken files with a clear message, and changes nothing on the device', async () => {
    await page.goto(url('/training/my-learning/'));
    const before = await savedItems(page);
    const valid = readFileSync(exported, 'utf8');
    const envelope = JSON.parse(valid);
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['not-json.json', 'this is not a Lantern file', /cannot be read: it may be damaged or incomplete/],
      ['truncated.json', valid.slice(0, Math.floor(valid.length / 2)), /cannot be read/],
      ['huge.json', Buffer.alloc(1_000_001, 0x20), /too large.*more than 1 MB/],
      ['foreign.json', JSON.stringify({ modules: { M1: {} } }), /not saved by Lantern/],
      ['checklist.json', JSON.stringify({ ...envelope, kind: 'checklists' }), /not a learning progress file/],
      ['newer.json', JSON.stringify({ ...envelope, version: 2 }), /newer version of Lantern/],
      [
        'hostile.json',
        JSON.stringify({ ...envelope, data: { modules: { '<img src=x onerror=alert(1)>': { sectionsRead: {}, attempts: [] } } } }),
        /This file is damaged/,
      ],
      ['proto.json', `{"app":"lantern","kind":"learning","version":1,"savedAt":"x","data":{"modules":{},"__proto__":{"polluted":true}}}`, /damaged/],
    ];
    for (const [name, content, message] of cases) {
      const path = join(files, name);
      writeFileSync(path, content);
      await page.locator('input[data-import]').setInputFiles(path);
      await page.locator('[data-message]').filter({ hasText: message }).waitFor({ timeout: 5000 });
      await expect(page.locator('[data-message]').textContent(), name).resolves.toContain('Nothing on this device has changed.');
      expect(await savedItems(page), `${name} changed saved data`).toEqual(before);
    }
    await expect(page.evaluate(() => ({} as Record<string, unknown>).polluted)).resolves.toBeUndefined();
    await expectNoAxeViolations(page, '/training/my-learning/ after a refused import');
  });

  it('removes all progress from a shared device when asked', async () => {
    const shared = await browser.newContext();
    const tab = await shared.newPage();
    await tab.goto(url('/training/my-learning/'));
    await tab.locator('input[data-import]').setInputFiles(exported);
    await tab.locator('[data-message]').filter({ hasText: 'Progress added' }).waitFor();
    tab.once('dialog', (dialog) => dialog.accept());
    await tab.getByRole('button', { name: 'Remove my progress from this device' }).click();
    await expect(tab.locator('[data-message]').textContent()).resolves.toContain('removed from this device');
    expect(Object.keys(await savedItems(tab)).filter((key) => key.startsWith('lantern:learning'))).toEqual([]);
    await expect(tab.locator('tr[data-module="M1"] [data-progress]').textContent()).resolves.toBe('Not started on this device yet.');
    await shared.close();
  });
});

describe('training pages without JavaScript', () => {
  it('still show every question, its options and an answer key with feedback', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(url('/training/m1/'));
    const fieldsets = plain.locator('lantern-quiz fieldset');
    await expect(fieldsets.count()).resolves.toBe(8);
    await expect(fieldsets.first().locator('legend').innerText()).resolves.toContain('Question 1 of 8');
    await expect(fieldsets.first().locator('input[type="radio"]').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(plain.locator('[data-action]').first().isVisible()).resolves.toBe(false);
    await expect(plain.locator('lantern-read-toggle').first().isVisible()).resolves.toBe(false);
    const key = plain.locator('[data-answer-key]');
    await expect(key.locator('summary').innerText()).resolves.toBe('Check your answers');
    await key.locator('summary').click();
    await expect(key.locator('li[data-correct]').count()).resolves.toBe(8);
    await expect(key.locator('li[data-question="q1"] [data-option-feedback]').count()).resolves.toBe(4);
    await plain.emulateMedia({ media: 'print' });
    await expect(fieldsets.first().isVisible()).resolves.toBe(true);
    await plain.goto(url('/training/my-learning/'));
    await expect(plain.locator('[data-no-script]').isVisible()).resolves.toBe(true);
    await noScript.close();
  });
});

describe('other training pages', () => {
  for (const path of ['/training/', '/training/m1/facilitator/', '/training/m1/handout/', '/km/training/m1/']) {
    it(`${path} has no axe violations`, async () => {
      await page.goto(url(path));
      await expectNoAxeViolations(page, path);
    });
  }

  it('prints the handout without the site’s navigation', async () => {
    await page.goto(url('/training/m1/handout/'));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['nav.sidebar', '.right-sidebar-container', 'site-search']) {
      await expect(page.locator(selector).first().isVisible(), `${selector} in print`).resolves.toBe(false);
    }
    await expect(page.locator('.lantern-handout__points li').count()).resolves.toBeGreaterThanOrEqual(6);
    await page.emulateMedia({ media: 'screen' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defaultLocale, locales } from '../../src/lib/locales';
import { auditPages, describeAxe, describeErrors, describeForeign, describeKeyboard, type PageAudit } from '../helpers/browser-gates';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { keyboardProblems } from '../helpers/keyboard';
import { builtPages } from '../helpers/dist';
import { representatives, type TypedPage } from '../helpers/page-types';
import { serveDist, type StaticServer } from '../helpers/server';

// The browser gates over the built site (docs/ARCHITECTURE.md, "Quality gates"): one page per page
// type per locale, the types derived from dist/ (tests/helpers/page-types.ts), so pages that new
// features add are covered without editing this file.
//
// The dark theme and the keyboard walk run on the English pages only: every locale renders the same
// components with the same styles, so colours and focus do not change with the language, while the
// light-theme axe run in every locale catches what does (missing labels, lang, text alternatives).

let server: StaticServer;
let browser: Browser;
const pagesByLocale = new Map<string, TypedPage[]>();

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  for (const page of representatives(builtPages())) {
    pagesByLocale.set(page.locale, [...(pagesByLocale.get(page.locale) ?? []), page]);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// One audit per locale, each in its own hook, so a slow machine gets a time limit per language
// rather than one for the whole site.
describe.each(locales.map((l) => [l.code]))('every page type in %s', (code) => {
  const isEnglish = code === defaultLocale;
  let audits: PageAudit[] = [];

  beforeAll(async () => {
    audits = await auditPages(browser, server.url, pagesByLocale.get(code) ?? [], { dark: () => isEnglish, keyboard: () => isEnglish });
  }, 600_000);

  it('has no axe violations (WCAG 2.2 A/AA, light theme)', () => {
    expect(audits.length, 'no pages found for this locale').toBeGreaterThan(0);
    expect(describeErrors(audits)).toBe('');
    expect(describeAxe(audits, 'light')).toBe('');
  });

  it('requests nothing from another host', () => {
    expect(describeForeign(audits)).toBe('');
  });

  it.runIf(isEnglish)('has no axe violations in the dark theme either', () => {
    expect(audits.filter((a) => a.axe.dark).length).toBeGreaterThan(0);
    expect(describeAxe(audits, 'dark')).toBe('');
  });

  it.runIf(isEnglish)('lets a keyboard reach every control by Tab, each with a visible focus indicator', () => {
    expect(audits.filter((a) => a.keyboard).length).toBeGreaterThan(0);
    expect(describeKeyboard(audits)).toBe('');
  });
});

describe('the search dialog, open with results (the interactive part every page has)', () => {
  it('passes axe and the keyboard walk', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/`);
      await page.getByRole('button', { name: 'Search' }).first().click();
      await page.locator('#starlight__search input').fill('consent');
      await page.locator('.pagefind-ui__result-link').first().waitFor();
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect((await keyboardProblems(page)).join('\n')).toBe('');
    } finally {
      await page.close();
    }
  });
});

import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, type AxeViolation } from './browser';
import { keyboardProblems } from './keyboard';
import type { TypedPage } from './page-types';
import { withVisitors } from './visit';

// The browser gates over representative pages (one per page type per locale, see page-types.ts).
// Each page is loaded once, as a first visit, in the light theme: its requests are recorded, axe-core
// runs, then (where asked) axe runs again after switching to the dark theme, then the keyboard walk.

export interface PageAudit {
  page: TypedPage;
  axe: { light: AxeViolation[]; dark?: AxeViolation[] };
  /** Requests to any origin other than the site's own. */
  foreign: string[];
  keyboard?: string[];
  /** Why the page could not be checked (it failed to load, a check threw). */
  error?: string;
}

export interface AuditOptions {
  /** Which pages to check in the dark theme too. */
  dark?: (page: TypedPage) => boolean;
  /** Which pages get the keyboard walk (tests/helpers/keyboard.ts). */
  keyboard?: (page: TypedPage) => boolean;
}

/** Two pages at a time: the machines that run CI have two cores. */
const concurrency = 2;

export function auditPages(browser: Browser, origin: string, pages: TypedPage[], options: AuditOptions = {}): Promise<PageAudit[]> {
  return withVisitors(browser, pages, concurrency, async (visitor, page) => {
    const audit: PageAudit = { page, axe: { light: [] }, foreign: [] };
    try {
      const tab = await visitor.visit(origin + page.path, 'light');
      audit.axe.light = await axeViolations(tab);
      if (options.dark?.(page)) {
        await switchScheme(tab, 'dark');
        audit.axe.dark = await axeViolations(tab);
        await switchScheme(tab, 'light');
      }
      if (options.keyboard?.(page)) audit.keyboard = await keyboardProblems(tab);
    } catch (error) {
      audit.error = error instanceof Error ? error.message : String(error);
    }
    // Requests made while checking (a script reacting to the theme or a key) count too.
    audit.foreign = visitor.requests.foreign(origin);
    return audit;
  });
}

/**
 * Starlight follows the system colour scheme until the reader picks a theme, and listens for
 * changes, so emulating the scheme switches its theme without reloading the page.
 */
async function switchScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Assertion messages: one block per page at fault. */
export function describeErrors(audits: PageAudit[]): string {
  return audits
    .filter((a) => a.error)
    .map((a) => `${a.page.path} could not be checked: ${a.error}`)
    .join('\n');
}

export function describeAxe(audits: PageAudit[], scheme: 'light' | 'dark'): string {
  return audits
    .filter((a) => (a.axe[scheme]?.length ?? 0) > 0)
    .map((a) => `${a.page.path} (${a.page.type}, ${scheme}):\n  ${describeViolations(a.axe[scheme]!).replace(/\n/g, '\n  ')}`)
    .join('\n');
}

export function describeForeign(audits: PageAudit[]): string {
  return audits
    .filter((a) => a.foreign.length > 0)
    .map((a) => `${a.page.path} requested ${a.foreign.join(', ')}`)
    .join('\n');
}

export function describeKeyboard(audits: PageAudit[]): string {
  return audits.flatMap((a) => (a.keyboard ?? []).map((problem) => `${a.page.path}: ${problem}`)).join('\n');
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { auditPages, describeErrors, type PageAudit } from '../helpers/browser-gates';
import { launchChromium } from '../helpers/browser';
import { htmlPages, representatives } from '../helpers/page-types';
import { gateFixtureDir } from '../helpers/paths';
import { serveDist, type StaticServer } from '../helpers/server';

// The browser gates, tested on tests/fixtures/gates/: clean pages pass, and each deliberate fault
// under faults/ is reported by the gate meant to catch it, naming the page.

let server: StaticServer;
let browser: Browser;
let audits: PageAudit[];
const pages = representatives(htmlPages(gateFixtureDir));

beforeAll(async () => {
  server = await serveDist(gateFixtureDir);
  browser = await launchChromium();
  audits = await auditPages(browser, server.url, pages, { dark: () => true, keyboard: () => true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const failing = <T extends { page: { path: string } }>(results: T[], fails: (r: T) => boolean) =>
  results.filter(fails).map((r) => r.page.path);

describe('the browser gates on the fixture site', () => {
  it('visit one page per type: principle 1 stands for principle 2', () => {
    expect(describeErrors(audits)).toBe('');
    expect(audits.map((a) => a.page.path)).toContain('/principles/1/');
    expect(audits.map((a) => a.page.path)).not.toContain('/principles/2/');
  });

  it('axe: fails the image without alt text, and only that page, in both themes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      expect(failing(audits, (a) => (a.axe[scheme] ?? []).length > 0), scheme).toEqual(['/faults/missing-alt/']);
      expect(audits.find((a) => a.page.path === '/faults/missing-alt/')!.axe[scheme]!.map((v) => v.id)).toEqual(['image-alt']);
    }
  });

  it('privacy: names the font preloaded from another host and the service worker that phones home', () => {
    expect(audits.filter((a) => a.foreign.length > 0).map((a) => [a.page.path, a.foreign])).toEqual([
      ['/faults/remote-font/', ['https://fonts.example.com/inter.woff2']],
      ['/faults/service-worker/', ['https://telemetry.example.com/installed']],
    ]);
  });

  it('keyboard: fails a hidden focus, a mouse-only control and a keyboard trap, and only those pages', () => {
    expect(audits.filter((a) => (a.keyboard ?? []).length > 0).map((a) => [a.page.path, a.keyboard])).toEqual([
      ['/faults/keyboard-trap/', ['<button> "Save": cannot be reached with Tab']],
      ['/faults/mouse-only/', ['<span#mouse-only> "Show more": does nothing when Enter is pressed']],
      ['/faults/no-focus/', ['<button.no-focus> "A button without a focus indicator": no visible focus indicator']],
    ]);
  });
});

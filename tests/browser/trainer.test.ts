import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { locales } from '../../src/lib/locales';
import { axeViolations, describeViolations, launchChromium } from '../helpers/browser';
import { builtPages, loadPage, pageFile, requireDist } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/server';

const require = createRequire(import.meta.url);
const jsQrSource = readFileSync(require.resolve('jsqr'), 'utf8');

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

async function withPage<T>(run: (page: Page, context: BrowserContext) => Promise<T>, options: Parameters<Browser['newContext']>[0] = {}): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** The public site URL the build used (not the test server's), from a page's canonical link. */
function siteOrigin(): string {
  return new URL(loadPage('/principles/1/')('link[rel="canonical"]').attr('href')!).origin;
}

const localePrefix = new RegExp(`^/(?:${locales.map((l) => l.code).join('|')})(?=/)`);

/**
 * The short link a page's QR code must carry, written out from the page's own path: a principle,
 * standard, checklist or module page, or a workshop view or pack made from one.
 */
function expectedShortPath(page: string): string | undefined {
  const prefix = localePrefix.exec(page)?.[0] ?? '';
  const rest = page.slice(prefix.length);
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^\/principles\/(\d+)\/(?:workshop\/)?$/, (m) => `/p/${m[1]}/`],
    [/^\/standards\/s(\d+)\/(?:workshop\/)?$/, (m) => `/s/${m[1]}/`],
    [/^\/checklists\/([a-z-]+)\/$/, (m) => `/c/${m[1]}/`],
    [/^\/training\/m(\d+)\/(?:workshop\/|workshop-pack\/)?$/, (m) => `/m/${m[1]}/`],
  ];
  for (const [pattern, short] of patterns) {
    const match = pattern.exec(rest);
    if (match) return prefix + short(match);
  }
  return undefined;
}

/** Decodes images (data URLs) in Chromium: each is drawn on a canvas, 4 pixels per SVG unit, and read by jsQR. */
async function decodeImages(page: Page, images: Array<{ src: string; size: number }>): Promise<Array<string | null>> {
  await page.goto(`${server.url}/404.html`);
  await page.addScriptTag({ content: jsQrSource });
  return page.evaluate(async (list) => {
    const decode = (window as unknown as { jsQR: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const results: Array<string | null> = [];
    for (const { src, size } of list) {
      const image = new Image();
      image.src = src;
      await image.decode();
      canvas.width = canvas.height = size;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size, size);
      context.drawImage(image, 0, 0, size, size);
      results.push(decode(context.getImageData(0, 0, size, size).data, size, size)?.data ?? null);
    }
    return results;
  }, images);
}

describe('QR codes', () => {
  it('decode, on every page that has one, to the page’s absolute short link', async () => {
    const origin = siteOrigin();
    const codes: Array<{ page: string; svg: string }> = [];
    const unexpected: string[] = [];
    for (const page of builtPages()) {
      const html = readFileSync(pageFile(page), 'utf8');
      for (const [svg] of html.matchAll(/<svg[^>]*\bclass="lantern-qr\b[\s\S]*?<\/svg>/g)) {
        if (!expectedShortPath(page)) unexpected.push(page);
        codes.push({ page, svg: svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"') });
      }
    }
    expect(unexpected, 'pages with a QR code that is not theirs to carry').toEqual([]);
    // 45 pages with a share panel, 34 workshop views and 9 packs, in each language.
    expect(codes.length).toBeGreaterThanOrEqual(locales.length * (12 + 13 + 11 + 9 + 12 + 13 + 9 + 9));

    // A module page, its pack and its workshop view carry the same drawing: decode each drawing once.
    const drawings = [...new Set(codes.map((code) => code.svg))];
    const decodedList = await withPage((page) =>
      decodeImages(
        page,
        drawings.map((svg) => ({
          src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
          size: Number(/viewBox="0 0 (\d+)/.exec(svg)![1]) * 4,
        })),
      ),
    );
    const decoded = new Map(drawings.map((svg, index) => [svg, decodedList[index]]));
    const wrong = codes
      .map(({ page, svg }) => ({ page, expected: origin + expectedShortPath(page)!, found: decoded.get(svg) }))
      .filter(({ expected, found }) => expected !== found)
      .map(({ page, expected, found }) => `${page}: decodes to ${found}, expected ${expected}`);
    expect(wrong).toEqual([]);
  }, 240_000);

  it('scans from the screen as the page shows it, in the dark theme too', async () => {
    const shot = await withPage(
      async (page) => {
        await page.goto(`${server.url}/km/principles/5/`);
        return page.locator('.lantern-share .lantern-qr').screenshot();
      },
      { colorScheme: 'dark' },
    );
    const [found] = await withPage((page) => decodeImages(page, [{ src: `data:image/png;base64,${shot.toString('base64')}`, size: 256 }]));
    expect(found).toBe(`${siteOrigin()}/km/p/5/`);
  });
});

describe('short links in the browser', () => {
  it('take the reader to the page and the indicator', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/km/s/5.2/`);
      await page.waitForURL(`${server.url}/km/standards/s5/#s5-2`);
      await page.goto(`${server.url}/p/5/`);
      await page.waitForURL(`${server.url}/principles/5/`);
      await expect(page.locator('h1').textContent()).resolves.toContain('5');
    });
  });
});

describe('the share panel', () => {
  it('copies the short link from the keyboard', async () => {
    await withPage(async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.goto(`${server.url}/km/principles/5/`);
      const button = page.locator('.lantern-share .lantern-copy-link__button');
      let reached = false;
      for (let i = 0; i < 300 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await button.evaluate((b) => b === document.activeElement);
      }
      expect(reached, 'Tab reaches the share panel’s copy button').toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (document.querySelector('.lantern-share [role="status"]')?.textContent ?? '') !== '');
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${siteOrigin()}/km/p/5/`);
    });
  });
});

/** Elements that are site navigation and must not show on paper. */
const navigationSelector = 'nav, header, #starlight__sidebar, site-search, starlight-theme-select, starlight-lang-select, .pagination-links, .skip-link';

describe('print', () => {
  it('prints a workshop pack without navigation and with each part on a new sheet', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/training/m2/workshop-pack/`);
      await page.emulateMedia({ media: 'print' });
      const visibleNavigation = await page.evaluate(
        (selector) =>
          [...document.querySelectorAll<HTMLElement>(selector)]
            .filter((element) => element.checkVisibility() && element.getClientRects().length > 0)
            .map((element) => element.outerHTML.slice(0, 80)),
        navigationSelector,
      );
      expect(visibleNavigation).toEqual([]);

      const parts = await page.locator('[data-pack-part]').evaluateAll((elements) =>
        elements.map((element) => ({ part: element.getAttribute('data-pack-part'), breakBefore: getComputedStyle(element).breakBefore })),
      );
      expect(parts.map((p) => p.part)).toEqual(['handout', 'checklists', 'quiz', 'answers']);
      expect(parts.slice(1).map((p) => p.breakBefore)).toEqual(['page', 'page', 'page']);

      // On paper: the handout ends with the module's short link and QR code; no button shows.
      await expect(page.locator('[data-pack-part="handout"] .lantern-share .lantern-qr').isVisible()).resolves.toBe(true);
      await expect(page.locator('[data-pack-part="handout"] .lantern-share__url').textContent()).resolves.toBe(`${siteOrigin()}/m/2/`);
      await expect(page.locator('button:visible').count()).resolves.toBe(0);

      const pdf = await page.pdf({ format: 'A4' });
      const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
      expect(sheets, 'one sheet or more per part').toBeGreaterThanOrEqual(parts.length);
    });
  });

  it('prints link addresses after link text, and the page’s short link and QR code at its foot', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/principles/5/`);
      await page.emulateMedia({ media: 'print' });
      const link = page.locator('.sl-markdown-content a[href^="/standards/"]').first();
      const href = await link.getAttribute('href');
      const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain(`${siteOrigin()}${href}`);
      const foot = await page.evaluate(() => {
        const panel = document.querySelector('.lantern-share')!;
        const main = document.querySelector('.sl-markdown-content')!;
        return {
          qr: panel.querySelector('.lantern-qr')!.checkVisibility(),
          last: [...main.querySelectorAll('*')].filter((e) => e.checkVisibility() && e.getClientRects().length > 0).every((e) => panel.contains(e) || !(panel.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING)),
          heading: panel.querySelector('h2')!.checkVisibility(),
        };
      });
      expect(foot).toEqual({ qr: true, last: true, heading: false });
      const visibleNavigation = await page.evaluate(
        (selector) => [...document.querySelectorAll<HTMLElement>(selector)].filter((e) => e.checkVisibility() && e.getClientRects().length > 0).length,
        navigationSelector,
      );
      expect(visibleNavigation).toBe(0);
    });
  });
});

async function visibleSlide(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('[data-slide]')].filter((s) => !(s as HTMLElement).hidden).map((s) => s.id).join());
}

describe('the workshop view', () => {
  it('moves with the arrow keys and goes back to the page with Escape', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/principles/5/`);
      await page.locator('a[href="/principles/5/workshop/"]').click();
      await page.waitForSelector('lantern-workshop[data-enhanced]');
      const total = await page.locator('[data-slide]').count();
      expect(total).toBeGreaterThan(3);
      await expect(visibleSlide(page)).resolves.toBe('slide-1');

      await page.keyboard.press('ArrowRight');
      await expect(visibleSlide(page)).resolves.toBe('slide-2');
      expect(new URL(page.url()).hash).toBe('#slide-2');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('slide-2');
      await expect(page.locator('[data-counter-text]').textContent()).resolves.toBe(`2 / ${total}`);
      await page.keyboard.press('ArrowDown');
      await expect(visibleSlide(page)).resolves.toBe('slide-3');
      await page.keyboard.press('ArrowLeft');
      await expect(visibleSlide(page)).resolves.toBe('slide-2');
      await page.keyboard.press('End');
      await expect(visibleSlide(page)).resolves.toBe(`slide-${total}`);
      await page.keyboard.press('ArrowRight');
      await expect(visibleSlide(page), 'the last slide stays').resolves.toBe(`slide-${total}`);
      await page.keyboard.press('Home');
      await expect(visibleSlide(page)).resolves.toBe('slide-1');

      // Large type: the body of a slide is far bigger than a page's 16px.
      await page.keyboard.press('ArrowRight');
      const fontSize = await page.locator('#slide-2 .slide__body').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(28);

      await page.keyboard.press('Escape');
      await page.waitForURL(`${server.url}/principles/5/`);
    });
  });

  it('opens at the slide a shared link names, moves with its buttons, and leaves for the page when opened directly', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/km/standards/s5/workshop/#slide-3`);
      await page.waitForSelector('lantern-workshop[data-enhanced]');
      await expect(visibleSlide(page)).resolves.toBe('slide-3');
      await page.locator('[data-next]').focus();
      await page.keyboard.press('Enter');
      await expect(visibleSlide(page)).resolves.toBe('slide-4');
      await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-next'))).resolves.toBe(true);
      await expect(page.locator('[data-status]').textContent()).resolves.not.toBe('');
      await page.keyboard.press('Escape');
      await page.waitForURL(`${server.url}/km/standards/s5/`);
    });
  });

  it('opens at a module section a shared link names', async () => {
    const view = loadPage('/training/m1/workshop/');
    const section = view('[data-slide] h2[id]').eq(1);
    await withPage(async (page) => {
      await page.goto(`${server.url}/training/m1/workshop/#${section.attr('id')}`);
      await page.waitForSelector('lantern-workshop[data-enhanced]');
      await expect(visibleSlide(page)).resolves.toBe(section.closest('[data-slide]').attr('id'));
    });
  });

  it('works offline once visited', async () => {
    await withPage(async (page, context) => {
      await page.goto(`${server.url}/training/m3/`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.goto(`${server.url}/training/m3/workshop/`);
      await page.waitForSelector('lantern-workshop[data-enhanced]');
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('lantern-workshop[data-enhanced]');
      await page.keyboard.press('ArrowRight');
      await expect(visibleSlide(page)).resolves.toBe('slide-2');
    });
  });
});

describe('accessibility of the trainer tools', () => {
  const pages = [
    '/principles/5/workshop/#slide-2',
    '/km/training/m4/workshop/#slide-5',
    '/my/standards/s8/workshop/',
    '/training/m1/workshop-pack/',
    '/th/training/m6/workshop-pack/',
    '/km/principles/5/',
    '/zh-cn/checklists/first-contact/',
  ];
  for (const path of pages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violations on ${path} (${colorScheme})`, async () => {
        await withPage(
          async (page) => {
            await page.goto(`${server.url}${path}`);
            await page.waitForLoadState('load');
            expect(describeViolations(await axeViolations(page))).toBe('');
          },
          { colorScheme },
        );
      });
    }
  }

  it('has no axe violations on a short link page, before it moves on', async () => {
    await withPage(async (page) => {
      // Keep the browser on the short link page: answer the page it moves to with nothing.
      await page.route(
        (url) => url.pathname !== '/id/s/5.2/',
        (route) => (route.request().resourceType() === 'document' ? route.fulfill({ status: 204 }) : route.continue()),
      );
      await page.goto(`${server.url}/id/s/5.2/`);
      expect(describeViolations(await axeViolations(page))).toBe('');
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
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

/**
 * A few words per script with marks stacked above and below the letters (the tallest clusters
 * these scripts write), injected into the page: until translators add content the pages are
 * English, with only Starlight's labels in the script.
 */
const scripts = [
  { code: 'th', family: 'Noto Sans Thai', file: 'noto-sans-thai-thai', sample: 'ญี่ปุ่น ฎีกา ปั้น ไทย' },
  { code: 'km', family: 'Noto Sans Khmer', file: 'noto-sans-khmer-khmer', sample: 'ស្ត្រី ខ្មែរ ព្រះ ស្រ្តី' },
  { code: 'lo', family: 'Noto Sans Lao', file: 'noto-sans-lao-lao', sample: 'ນ້ຳ ລາວ ຫຼື ເຊື່ອ' },
  { code: 'my', family: 'Noto Sans Myanmar', file: 'noto-sans-myanmar-myanmar', sample: 'ကျွန်ုပ် မြန်မာ ကြွေ ညွှန်' },
] as const;

/** Opens a page in a fresh context (empty cache) and records every request it makes. */
async function open(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return { page, requests, close: () => context.close() };
}

const fontFiles = (requests: string[]) => requests.filter((url) => url.endsWith('.woff2')).map((url) => url.split('/').pop()!);
const otherHosts = (requests: string[]) => requests.filter((url) => !url.startsWith(`${server.url}/`) && !/^(data|blob):/.test(url));

describe('fonts for Thai, Khmer, Lao and Burmese', () => {
  for (const script of scripts) {
    it(`${script.code}: ${script.family} is loaded from this site for the script, and only it`, async () => {
      const { page, requests, close } = await open(`/${script.code}/`);
      try {
        const labels = await page.evaluate(() => document.querySelector('header')?.textContent ?? '');
        const available = await page.evaluate(
          ({ family, text }) => ({
            check: document.fonts.check(`16px "${family}"`, text),
            loaded: [...document.fonts].filter((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded').map((f) => f.weight),
            stack: getComputedStyle(document.body).fontFamily,
          }),
          { family: script.family, text: script.sample },
        );
        expect(labels, 'Starlight labels in the script').toMatch(/[^\x00-\x7F]/);
        expect(available.check).toBe(true);
        expect(available.loaded).toContain('400');
        expect(available.stack.startsWith(`"${script.family}"`), available.stack).toBe(true);
        expect(fontFiles(requests).every((file) => file.startsWith(script.file)), fontFiles(requests).join(', ')).toBe(true);
        expect(fontFiles(requests).length).toBeGreaterThan(0);
        expect(otherHosts(requests)).toEqual([]);
      } finally {
        await close();
      }
    });

    it(`${script.code}: tall clusters fit their line, in text and headings`, async () => {
      const { page, close } = await open(`/${script.code}/`);
      try {
        const measured = await page.evaluate(
          async ({ lang, sample }) => {
            // The home page is still English (<main lang="en">): the sample is marked as the
            // page's language, as translated content will be.
            const content = document.querySelector('.sl-markdown-content') ?? document.querySelector('main')!;
            const sampleBlock = document.createElement('div');
            sampleBlock.lang = lang;
            const heading = document.createElement('h2');
            const paragraph = document.createElement('p');
            heading.textContent = sample;
            paragraph.textContent = sample;
            sampleBlock.append(heading, paragraph);
            content.prepend(sampleBlock);
            await document.fonts.ready;
            const canvas = document.createElement('canvas').getContext('2d')!;
            return [heading, paragraph].map((element) => {
              const style = getComputedStyle(element);
              const size = parseFloat(style.fontSize);
              const lineHeight = parseFloat(style.lineHeight);
              // The element's own stack: the glyphs come from the script's font, and the line box
              // from the first font that covers a space, as in the page's layout.
              canvas.font = `${style.fontWeight} ${size}px ${style.fontFamily}`;
              const m = canvas.measureText(sample);
              const halfLeading = (lineHeight - (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent)) / 2;
              return {
                element: element.tagName,
                lineHeight: +(lineHeight / size).toFixed(2),
                ink: +((m.actualBoundingBoxAscent + m.actualBoundingBoxDescent) / size).toFixed(2),
                overTop: +(m.actualBoundingBoxAscent - (m.fontBoundingBoxAscent + halfLeading)).toFixed(1),
                overBottom: +(m.actualBoundingBoxDescent - (m.fontBoundingBoxDescent + halfLeading)).toFixed(1),
              };
            });
          },
          { lang: script.code, sample: script.sample },
        );
        for (const m of measured) {
          // Ink that reaches past the line box collides with the line above or below.
          expect(m.overTop, JSON.stringify(m)).toBeLessThanOrEqual(0.5);
          expect(m.overBottom, JSON.stringify(m)).toBeLessThanOrEqual(0.5);
        }
      } finally {
        await close();
      }
    });
  }

  it('are not downloaded on English pages, and no page asks another host for anything', async () => {
    const { requests, close } = await open('/principles/1/');
    try {
      expect(fontFiles(requests)).toEqual([]);
      expect(otherHosts(requests)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('zh-cn: Chinese uses the system’s Simplified Chinese fonts, with nothing downloaded', async () => {
    const { page, requests, close } = await open('/zh-cn/');
    try {
      const stack = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(stack).toContain('"PingFang SC"');
      expect(stack).toContain('"Noto Sans CJK SC"');
      expect(fontFiles(requests)).toEqual([]);
      expect(otherHosts(requests)).toEqual([]);
    } finally {
      await close();
    }
  });
});

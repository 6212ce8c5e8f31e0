import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { latinShare, latinShareLimit, visibleMainText } from '../helpers/script-share';
import { root } from '../helpers/paths';

const fixture = (name: string) => load(readFileSync(join(root, 'tests/fixtures/script-share', name), 'utf8'));

describe('the share of Latin letters in a page’s main text', () => {
  it('counts letters of every script, and Latin ones apart', () => {
    expect(latinShare('ab ไทย 12')).toEqual({ latin: 2, letters: 5, share: 0.4 });
    expect(latinShare('— 12 —').share).toBe(0);
  });

  it('stays under the limit on a translated Thai page with IDs, abbreviations, a quoted English heading and code', () => {
    const text = visibleMainText(fixture('th-translated.html'));
    expect(text).not.toContain('Principles and values');
    expect(text).not.toContain('npm');
    expect(latinShare(text).share).toBeLessThan(latinShareLimit);
  });

  it('stays under the limit on a translated Chinese page, where each word is one or two characters', () => {
    expect(latinShare(visibleMainText(fixture('zh-cn-translated.html'))).share).toBeLessThan(latinShareLimit);
  });

  it('goes over the limit when paragraphs are left in English', () => {
    expect(latinShare(visibleMainText(fixture('th-half-english.html'))).share).toBeGreaterThan(latinShareLimit);
  });

  it('has no text of the page’s language when all of <main> is marked as English', () => {
    expect(visibleMainText(fixture('km-fallback.html'))).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, intlTag, languageName } from '../../src/lib/i18n/format';
import { translationNotice } from '../../src/lib/translation/page';

describe('dates and numbers in the reader’s language', () => {
  it('format a recorded date as that calendar day, in each language’s way', () => {
    expect(formatDate('en', '2026-03-05')).toBe('5 March 2026');
    expect(formatDate('zh-cn', '2026-03-05')).toBe('2026年3月5日');
    expect(formatDate('vi', '2026-03-05')).toBe('5 tháng 3, 2026');
    // Thai dates count years in the Buddhist era.
    expect(formatDate('th', '2026-03-05')).toBe('5 มีนาคม 2569');
    expect(formatDate('my', new Date(Date.UTC(2026, 2, 5)))).toContain('၂၀၂၆');
  });

  it('reject what is not a real ISO date', () => {
    expect(() => formatDate('en', '05/03/2026')).toThrow(/Not an ISO date/);
    expect(() => formatDate('en', '2026-02-30')).toThrow(/No such date/);
  });

  it('group digits, and use Burmese digits in Burmese', () => {
    expect(formatNumber('en', 12345)).toBe('12,345');
    expect(formatNumber('id', 12345)).toBe('12.345');
    expect(formatNumber('my', 12)).toBe('၁၂');
    expect(formatPercent('en', 0.42)).toBe('42%');
    expect(formatPercent('my', 0.42)).toBe('၄၂%');
  });

  it('use the BCP-47 tags of src/lib/locales.ts, with British conventions for English', () => {
    expect(intlTag('zh-cn')).toBe('zh-CN');
    expect(intlTag('en')).toBe('en-GB');
  });

  it('name languages in the reader’s language', () => {
    expect(languageName('en', 'km')).toBe('Khmer');
    expect(languageName('th', 'km')).toBe('เขมร');
    expect(languageName('en', 'zh-cn')).toBe('Simplified Chinese');
  });
});

describe('the translation notice under a page’s title', () => {
  const notice = (state: Parameters<typeof translationNotice>[0]['state'], isSplash = false, uiFallsBack = false) =>
    translationNotice({ state, isSplash, uiFallsBack });

  it('invites review on draft and checked translations, not on reviewed ones', () => {
    expect(notice('draft')).toEqual({ keys: ['translation.notice.draft', 'translation.notice.invite'], invitesReview: true });
    expect(notice('checked')).toEqual({ keys: ['translation.notice.checked', 'translation.notice.invite'], invitesReview: true });
    expect(notice('reviewed')).toEqual({ keys: [], invitesReview: false });
  });

  it('says labels are in English on a translated page whose UI strings fall back', () => {
    expect(notice('reviewed', false, true).keys).toEqual(['translation.notice.uiFallback']);
    expect(notice('draft', false, true).keys).toContain('translation.notice.uiFallback');
  });

  it('says an untranslated splash page is in English, which Starlight does only on other pages', () => {
    expect(notice('fallback', true).keys).toEqual(['i18n.untranslatedContent']);
    expect(notice('fallback', false, true).keys).toEqual([]);
    expect(notice('source', true, true).keys).toEqual([]);
  });
});

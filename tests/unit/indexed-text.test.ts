import { describe, expect, it } from 'vitest';
import {
  indexedRun,
  indexedWords,
  isSegmentedLanguage,
  originalSpaceMark,
  restoreIndexedText,
  searchQuery,
  segmentText,
} from '../../src/lib/search/indexed-text';

const khmer = 'ការគាំទ្រផ្លូវចិត្តសង្គមជួយមនុស្ស។ បុគ្គលិកត្រូវគោរពការសម្ងាត់។';

describe('indexed text', () => {
  it('segments Khmer, Lao and Burmese, and leaves the rest to Pagefind', () => {
    expect(['km', 'lo', 'my', 'km-KH'].map(isSegmentedLanguage)).toEqual([true, true, true, true]);
    expect(['en', 'th', 'zh-CN', 'vi', 'id', undefined].map(isSegmentedLanguage)).toEqual([false, false, false, false, false, false]);
  });

  it('puts spaces between Khmer words and marks the writer’s own space', () => {
    const segmented = segmentText(khmer, 'km');
    expect(segmented.split(' ').length).toBeGreaterThan(8);
    expect(segmented).toContain('ផ្លូវចិត្ត សង្គម');
    expect(segmented).toContain(`។ ${originalSpaceMark} បុគ្គលិក`);
  });

  it('restores the page’s own text from the indexed copy, even across element boundaries', () => {
    const pieces = ['ការគាំទ្រ', 'ផ្លូវចិត្ត', 'សង្គម PTSD and more។ ខ្ញុំ'];
    const indexed = indexedRun(pieces, 'km');
    expect(indexed).toHaveLength(3);
    expect(restoreIndexedText(indexed.join(''))).toBe(pieces.join(''));
    for (const [text, lang] of [
      [khmer, 'km'],
      ['ຕ້ອງເກັບແຟ້ມກໍລະນີໄວ້ໃນຕູ້ທີ່ລັອກກະແຈສະເໝີ. ໃຊ້ລະຫັດແທນຊື່.', 'lo'],
      ['ကိစ္စဖိုင်များကို သော့ခတ်ထားသော ဗီရိုထဲတွင် အမြဲသိမ်းဆည်းပါ။', 'my'],
      ['Sự đồng ý trước khi chia sẻ. Đà Nẵng', 'vi'],
    ] as const) {
      expect(restoreIndexedText(indexedRun([text], lang).join('')), lang).toBe(text);
    }
  });

  it('restores excerpts with highlight marks and cut ends', () => {
    const indexed = segmentText(khmer, 'km');
    const excerpt = indexed.replace('សង្គម', '<mark>សង្គម</mark>').slice(3);
    expect(restoreIndexedText(excerpt)).toBe(khmer.replace('សង្គម', '<mark>សង្គម</mark>').slice(3));
    expect(restoreIndexedText('Hello <mark>world</mark> &amp; more')).toBe('Hello <mark>world</mark> &amp; more');
  });

  it('cuts a query typed without spaces into the same words as the index', () => {
    const query = searchQuery('ផ្លូវចិត្តសង្គម', 'km');
    expect(query).toBe('ផ្លូវចិត្ត សង្គម');
    expect(segmentText(khmer, 'km')).toContain(query);
    expect(searchQuery('  mental health ', 'en')).toBe('  mental health ');
  });

  it('spells "đ" in the query the way the Vietnamese index does', () => {
    const indexed = indexedRun(['Sự đồng ý'], 'vi')[0]!;
    expect(indexed).toContain(searchQuery('đồng', 'vi'));
    expect(indexed).not.toContain('đ');
  });
});

describe('queries cut into the site’s own words', () => {
  const vocabulary = new Set(['រក្សាទុក', 'ឯកសារ', 'ករណី', 'ចាក់សោ']);

  it('joins what a browser cuts finer than the build did, and splits what it leaves whole', () => {
    expect(searchQuery('រក្សាទុកឯកសារ', 'km', vocabulary)).toBe('រក្សាទុក ឯកសារ');
    expect(searchQuery('ឯកសារករណី', 'km', vocabulary)).toBe('ឯកសារ ករណី');
  });

  it('keeps unknown text together, and leaves other scripts as typed', () => {
    expect(searchQuery('ឯកសារថ្មី', 'km', vocabulary)).toBe('ឯកសារ ថ្មី');
    expect(searchQuery('PTSD ឯកសារ', 'km', vocabulary)).toBe('PTSD ឯកសារ');
  });

  it('lists the words an indexed text holds', () => {
    expect(indexedWords(segmentText('ត្រូវរក្សាទុកឯកសារ។ PTSD', 'km'))).toEqual(['ត្រូវ', 'រក្សាទុក', 'ឯកសារ']);
  });
});

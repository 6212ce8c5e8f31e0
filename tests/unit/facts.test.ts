import { describe, expect, it } from 'vitest';
import { evidenceStates, formatFact, renderPlain, splitPlaceholders } from '../../src/lib/content/facts';
import { pageSources } from '../../src/lib/content/refs';
import type { Fact } from '../../src/lib/content/schema';
import { wrapText } from '../../src/lib/wrap';

const source = [{ part: 'ch5-lao', evidence: 'x' }];
const number = (value: number): Fact => ({ id: 'n', kind: 'number', value, source });
const date = (value: string): Fact => ({ id: 'd', kind: 'date', value, source });

describe('facts in words', () => {
  it('split words into text and placeholders, in order', () => {
    expect(splitPlaceholders('Only {{psychiatrists}} psychiatrists and {{ nurses }} nurses.')).toEqual([
      { text: 'Only ' },
      { fact: 'psychiatrists' },
      { text: ' psychiatrists and ' },
      { fact: 'nurses' },
      { text: ' nurses.' },
    ]);
  });

  it('format numbers, years and dates the way each language writes them', () => {
    expect(formatFact(number(2200), 'en')).toBe('2,200');
    expect(formatFact(number(0.03), 'id')).toBe('0,03');
    expect(formatFact({ id: 'y', kind: 'year', value: 2007, source }, 'en')).toBe('2007');
    expect(formatFact(date('2007-09-27'), 'en')).toBe('27 September 2007');
    expect(formatFact(date('2007-09-27'), 'zh-cn')).toBe('2007年9月27日');
    expect(formatFact({ id: 'm', kind: 'month', value: '2003-03', source }, 'en')).toBe('March 2003');
  });

  it('keep the report’s Gregorian years in Thai, rather than the Buddhist era', () => {
    expect(formatFact(date('2007-08-15'), 'th')).toContain('2007');
    expect(formatFact({ id: 'm', kind: 'month', value: '2007-04', source }, 'th')).toContain('2007');
  });

  it('fill placeholders for plain-text uses, and refuse an unknown fact', () => {
    expect(renderPlain('over {{n}} people', [number(2200)], 'en')).toBe('over 2,200 people');
    expect(() => renderPlain('{{missing}}', [], 'en')).toThrow(/Unknown fact "missing"/);
  });
});

describe('evidence that states a fact', () => {
  it('accepts a number written in digits, with thousands separators, or as a word', () => {
    expect(evidenceStates(number(2200), 'over 2,200 trafficked persons')).toBe(true);
    expect(evidenceStates(number(6), 'Six agencies were interviewed')).toBe(true);
    expect(evidenceStates(number(90), 'Ninety per cent of the girls')).toBe(true);
    expect(evidenceStates(number(0.03), 'or 0.03 beds per 10,000 people')).toBe(true);
    expect(evidenceStates(number(90), 'This is a 90-day programme')).toBe(true);
  });

  it('rejects a number that is only part of another number', () => {
    expect(evidenceStates(number(20), 'over 2,200 trafficked persons')).toBe(false);
    expect(evidenceStates(number(3), 'or 0.03 beds')).toBe(false);
    expect(evidenceStates(number(7), 'at least seventeen days')).toBe(false);
  });

  it('needs the day, month and year of a date', () => {
    expect(evidenceStates(date('2005-06-10'), 'took place on 10 June 2005 at')).toBe(true);
    expect(evidenceStates(date('2005-06-11'), 'took place on 10 June 2005 at')).toBe(false);
    expect(evidenceStates(date('2005-07-10'), 'took place on 10 June 2005 at')).toBe(false);
  });

  it('needs a name verbatim, across the report’s line breaks and quotes', () => {
    const name: Fact = { id: 'c', kind: 'name', value: 'Decision No. 17', source };
    expect(evidenceStates(name, 'implementation of Decision No.\n17 of the Prime Minister')).toBe(true);
    expect(evidenceStates({ ...name, value: 'Decision No. 18' }, 'implementation of Decision No. 17')).toBe(false);
  });
});

describe('page sources', () => {
  it('list each part, item and heading once, in order, without evidence', () => {
    expect(
      pageSources(
        [{ part: 'ch2-cambodia' }],
        [{ part: 'ch2-cambodia', evidence: 'Six agencies' }, { part: 'ch2-cambodia', heading: 'Mental Health' }],
        [{ part: 'ch9-recommendations', item: 4 }, { part: 'ch2-cambodia', heading: 'Mental Health', evidence: 'x' }],
      ),
    ).toEqual([{ part: 'ch2-cambodia' }, { part: 'ch2-cambodia', heading: 'Mental Health' }, { part: 'ch9-recommendations', item: 4 }]);
  });
});

describe('labels wrapped for an SVG figure', () => {
  it('break between words, keeping punctuation with the word before it', () => {
    expect(wrapText('Focused, non-specialised support', 14, 'en')).toEqual(['Focused, non-', 'specialised', 'support']);
    expect(wrapText('Basic services and security', 40, 'en')).toEqual(['Basic services and security']);
  });

  it('break scripts without spaces at word boundaries', () => {
    const lines = wrapText('บริการพื้นฐานและความปลอดภัย', 10, 'th');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('บริการพื้นฐานและความปลอดภัย');
    expect(wrapText('基本服务与安全保障', 4, 'zh-CN').join('')).toBe('基本服务与安全保障');
  });
});

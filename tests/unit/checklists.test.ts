import { describe, expect, it } from 'vitest';
import {
  activeCopyId,
  addCopy,
  checklistsArea,
  cleanReference,
  copiesOf,
  deleteCopy,
  resetCopy,
  selectCopy,
  setTick,
  undoReset,
} from '../../src/lib/checklists';
import { readRawContent } from '../../src/lib/content/read';
import { buildContent } from '../../src/lib/content/build';
import { dataDir } from '../helpers/paths';

const day1 = new Date('2026-11-02T09:00:00Z');
const day2 = new Date('2026-11-03T09:00:00Z');

describe('checklist working copies', () => {
  it('keep two copies of the same checklist apart', () => {
    let state = checklistsArea.empty();
    let first: string;
    let second: string;
    [state, first] = addCopy(state, 'informed-consent', 'Case 2026-014', day1);
    state = setTick(state, first, 'informed-consent.1', true, day1);
    [state, second] = addCopy(state, 'informed-consent', 'Case 2026-015', day2);
    state = setTick(state, second, 'informed-consent.2', true, day2);
    expect(state.copies[first]!.ticked).toEqual({ 'informed-consent.1': '2026-11-02' });
    expect(state.copies[second]!.ticked).toEqual({ 'informed-consent.2': '2026-11-03' });
    expect(activeCopyId(state, 'informed-consent')).toBe(second);
    expect(activeCopyId(selectCopy(state, 'informed-consent', first), 'informed-consent')).toBe(first);
    expect(copiesOf(state, 'informed-consent').map(([, c]) => c.reference)).toEqual(['Case 2026-014', 'Case 2026-015']);
    expect(copiesOf(state, 'follow-up')).toEqual([]);
  });

  it('undo puts back exactly what the last reset cleared', () => {
    let [state, id] = addCopy(checklistsArea.empty(), 'follow-up', '', day1);
    state = setTick(state, id, 'follow-up.1', true, day1);
    state = setTick(state, id, 'follow-up.2', true, day1);
    const reset = resetCopy(state, id);
    expect(reset.copies[id]!.ticked).toEqual({});
    expect(undoReset(reset).copies[id]!.ticked).toEqual(state.copies[id]!.ticked);
    expect(undoReset(reset).lastReset).toBeNull();
  });

  it('keeps ticks made after a reset when undoing it', () => {
    let [state, id] = addCopy(checklistsArea.empty(), 'follow-up', '', day1);
    state = resetCopy(setTick(state, id, 'follow-up.1', true, day1), id);
    state = setTick(state, id, 'follow-up.3', true, day2);
    expect(undoReset(state).copies[id]!.ticked).toEqual({ 'follow-up.1': '2026-11-02', 'follow-up.3': '2026-11-03' });
  });

  it('unticks, deletes a copy and forgets its undo', () => {
    let [state, id] = addCopy(checklistsArea.empty(), 'follow-up', '', day1);
    state = setTick(setTick(state, id, 'follow-up.1', true, day1), id, 'follow-up.1', false, day1);
    expect(state.copies[id]!.ticked).toEqual({});
    state = deleteCopy(resetCopy(state, id), id);
    expect(state).toEqual(checklistsArea.empty());
  });

  it('limits a reference to 40 characters', () => {
    expect(cleanReference('  Case A  ')).toBe('Case A');
    expect(cleanReference('x'.repeat(60))).toHaveLength(40);
  });

  it('validates what it stores', () => {
    const [state] = addCopy(checklistsArea.empty(), 'follow-up', 'ref', day1);
    expect(checklistsArea.schema.safeParse(state).success).toBe(true);
    expect(checklistsArea.schema.safeParse({ ...state, copies: { x: { checklist: 'a', reference: 'r'.repeat(41), createdAt: '', ticked: {} } } }).success).toBe(false);
  });
});

describe('the checklists', () => {
  const { content } = buildContent(readRawContent(dataDir));
  const checklists = content.kinds.checklists.en;

  it('cover a case from first contact to closure, and care for carers', () => {
    expect(checklists.map((c) => c.id)).toEqual([
      'first-contact',
      'needs-assessment',
      'informed-consent',
      'case-file-security',
      'recovery-plan',
      'case-conference',
      'legal-proceedings',
      'reintegration-readiness',
      'follow-up',
      'case-closure',
      'care-for-carers',
    ]);
  });

  it('number items through each checklist, and every item serves an indicator and cites a source', () => {
    for (const checklist of checklists) {
      const items = checklist.sections.flatMap((s) => s.items);
      expect(items.map((i) => i.id), checklist.id).toEqual(items.map((_, n) => `${checklist.id}.${n + 1}`));
      for (const item of items) {
        expect(item.indicators.length, item.id).toBeGreaterThan(0);
        expect(item.source.length, item.id).toBeGreaterThan(0);
      }
    }
  });

  it('never ask for a name or identifying details', () => {
    const text = JSON.stringify(checklists).toLowerCase();
    expect(text).not.toMatch(/\b(full name|name of the (person|victim)|date of birth|home address|passport number)\b/);
  });
});

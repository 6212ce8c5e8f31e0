import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessmentFile,
  assessmentsArea,
  compare,
  csvCell,
  importAssessment,
  newAssessment,
  results,
  scoreIndicators,
  toCsv,
  type Assessment,
  type AssessmentsState,
  type InstrumentArea,
} from '../../src/lib/self-assessment';
import { toEnvelope } from '../../src/lib/storage';

const now = new Date('2026-11-29T08:00:00Z');
const instrument: InstrumentArea[] = [
  { id: 'S1', indicators: ['S1.1', 'S1.2', 'S1.3'] },
  { id: 'S2', indicators: ['S2.1', 'S2.2'] },
  { id: 'S3', indicators: ['S3.1', 'S3.2'] },
];

function withAnswers(answers: Record<string, Assessment['answers'][string]['value']>): Assessment {
  const assessment = newAssessment({ label: 'Shelter A', date: '2026-11-29', participants: 'Manager, two case workers' }, now);
  for (const [id, value] of Object.entries(answers)) assessment.answers[id] = { value };
  return assessment;
}

describe('scoring', () => {
  it('counts met as 2, partly as 1, not met as 0, and leaves out not applicable and unanswered', () => {
    expect(scoreIndicators(['S1.1', 'S1.2', 'S1.3', 'S1.4'], withAnswers({ 'S1.1': 'met', 'S1.2': 'partly', 'S1.3': 'na' }).answers)).toEqual({
      score: 75,
      met: 1,
      partly: 1,
      notMet: 0,
      notApplicable: 1,
      unanswered: 1,
      total: 4,
    });
  });

  it('gives no score (not zero) to an area where everything is not applicable', () => {
    const r = results(instrument, withAnswers({ 'S2.1': 'na', 'S2.2': 'na', 'S1.1': 'not-met' }));
    expect(r.areas.find((a) => a.id === 'S2')!.score).toBeNull();
    expect(r.areas.find((a) => a.id === 'S1')!.score).toBe(0);
    expect(r.overall.score).toBe(0);
  });

  it('pools every applicable answer for the overall score instead of averaging areas', () => {
    const r = results(instrument, withAnswers({ 'S1.1': 'met', 'S1.2': 'met', 'S1.3': 'met', 'S2.1': 'not-met' }));
    expect(r.areas.map((a) => a.score)).toEqual([100, 0, null]);
    expect(r.overall.score).toBe(75);
  });

  it('lists complete areas at 80 % or more as strengths', () => {
    const r = results(instrument, withAnswers({ 'S1.1': 'met', 'S1.2': 'met', 'S1.3': 'partly', 'S2.1': 'met' }));
    expect(r.strengths).toEqual(['S1']);
  });

  it('orders gaps: not met first, then the weakest areas, then the order of the standards', () => {
    const r = results(
      instrument,
      withAnswers({ 'S1.1': 'partly', 'S1.2': 'met', 'S1.3': 'not-met', 'S2.1': 'not-met', 'S2.2': 'partly', 'S3.1': 'met', 'S3.2': 'partly' }),
    );
    expect(r.gaps.map((g) => `${g.indicator}:${g.value}`)).toEqual([
      'S2.1:not-met',
      'S1.3:not-met',
      'S2.2:partly',
      'S1.1:partly',
      'S3.2:partly',
    ]);
  });

  it('compares two assessments per area and overall', () => {
    const earlier = withAnswers({ 'S1.1': 'not-met', 'S1.2': 'not-met', 'S2.1': 'na' });
    const later = withAnswers({ 'S1.1': 'met', 'S1.2': 'partly', 'S2.1': 'met' });
    expect(compare(instrument, earlier, later)).toEqual([
      { id: 'S1', earlier: 0, later: 75, change: 75 },
      { id: 'S2', earlier: null, later: 100, change: null },
      { id: 'S3', earlier: null, later: null, change: null },
      { id: 'overall', earlier: 0, later: 83, change: 83 },
    ]);
  });
});

describe('CSV export', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('He said "no", then left')).toBe('"He said ""no"", then left"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell(null)).toBe('""');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const dangerous of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(dangerous).startsWith(`"'`), dangerous).toBe(true);
    }
    expect(csvCell('A safe note')).toBe('"A safe note"');
  });

  it('starts with a UTF-8 byte-order mark and separates rows with CRLF', () => {
    const csv = toCsv([['Indicator', 'Answer'], ['S1.1', 'ទាន់']]);
    expect(csv).toBe('\uFEFF"Indicator","Answer"\r\n"S1.1","ទាន់"\r\n');
  });

  it('never lets a cell start a formula, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text);
        expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
        expect(/^"[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });
});

describe('importing an assessment file', () => {
  const saved: AssessmentsState = { assessments: { a1: withAnswers({ 'S1.1': 'met' }) } };
  const valid = JSON.stringify(toEnvelope(assessmentFile, withAnswers({ 'S1.1': 'partly', 'S2.1': 'na' }), now));

  it('adds a valid file as a new assessment and leaves the others as they were', () => {
    const result = importAssessment(saved, valid, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.id).toBe('a2');
    expect(result.state.assessments.a1).toBe(saved.assessments.a1);
    expect(result.state.assessments.a2!.answers).toEqual({ 'S1.1': { value: 'partly' }, 'S2.1': { value: 'na' } });
  });

  it('refuses malformed, truncated, oversized, other-tool, wrong-version and wrongly typed files', () => {
    const reason = (text: string) => {
      const r = importAssessment(saved, text, now);
      expect(r.state).toBe(saved);
      return r.ok ? 'accepted' : r.rejection.reason;
    };
    expect(reason('not json')).toBe('not-json');
    expect(reason(valid.slice(0, valid.length / 2))).toBe('not-json');
    expect(reason(valid.replace('"answers":{', `"label2":"${'x'.repeat(1_000_001)}","answers":{`))).toBe('too-large');
    expect(reason(JSON.stringify({ name: 'some other app', answers: [] }))).toBe('not-lantern');
    expect(reason(JSON.stringify(toEnvelope(assessmentsArea, saved, now)))).toBe('wrong-kind');
    expect(reason(valid.replace('"version":1', '"version":7'))).toBe('newer-version');
    expect(reason(valid.replace('"value":"partly"', '"value":"excellent"'))).toBe('invalid');
    expect(reason(valid.replace('"label":"Shelter A"', '"label":42'))).toBe('invalid');
    expect(reason(valid.replace('"S2.1"', '"<script>alert(1)</script>"'))).toBe('invalid');
  });

  it('keeps hostile text as plain data to be shown as text', () => {
    const hostile = withAnswers({ 'S1.1': 'met' });
    hostile.label = '<img src=x onerror=alert(1)>';
    hostile.answers['S1.1']!.note = '<script>alert("x")</script>';
    const result = importAssessment(saved, JSON.stringify(toEnvelope(assessmentFile, hostile, now)), now);
    expect(result.ok && result.state.assessments[result.id]!.label).toBe('<img src=x onerror=alert(1)>');
  });

  it('never throws and never changes saved data, whatever the file (property)', () => {
    const before = JSON.stringify(saved);
    const jsonValue = fc.jsonValue();
    const envelopeLike = fc.record({
      app: fc.oneof(fc.constant('lantern'), fc.string()),
      kind: fc.oneof(fc.constant('assessment'), fc.string()),
      version: fc.oneof(fc.constant(1), fc.integer(), fc.double()),
      data: fc.oneof(jsonValue, fc.record({ label: jsonValue, date: jsonValue, answers: jsonValue, actions: jsonValue })),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), jsonValue.map((v) => JSON.stringify(v)), envelopeLike.map((v) => JSON.stringify(v))), (text) => {
        const result = importAssessment(saved, text, now);
        if (!result.ok) expect(result.state).toBe(saved);
        expect(JSON.stringify(saved)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated valid files, and accepts only valid ones (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: valid.length - 1 }), fc.string({ maxLength: 3 }), (at, insert) => {
        const mutated = valid.slice(0, at) + insert + valid.slice(at + 1);
        const result = importAssessment(saved, mutated, now);
        if (result.ok) expect(assessmentFile.schema.safeParse(result.state.assessments[result.id]).success).toBe(true);
        else expect(result.state).toBe(saved);
      }),
      { numRuns: 500 },
    );
  });
});

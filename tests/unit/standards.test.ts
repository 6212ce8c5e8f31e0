import { describe, expect, it } from 'vitest';
import { buildContent, type RawContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { allSourceRefs } from '../../src/lib/content/references';
import { dataDir } from '../helpers/paths';

const raw = readRawContent(dataDir);
const { content, errors } = buildContent(raw);
const standards = content.kinds.standards.en;
const rights = content.kinds.rights.en;
const principles = content.kinds.principles.en;
const indicators = standards.flatMap((s) => s.indicators);

/** The sections of the Annex I questionnaire (src/data/sources.yaml), each answered by an indicator. */
const questionnaireSections = [
  'annex1-general',
  'annex1-assistance',
  'annex1-orientation',
  'annex1-assessment',
  'annex1-case-management',
  'annex1-standards-of-care',
  'annex1-mental-health',
  'annex1-follow-up',
  'annex1-care-for-carers',
  'annex1-self-rating',
];

describe('the minimum standards of care', () => {
  it('load without errors', () => {
    expect(errors).toEqual([]);
  });

  it('are S1 to S13, in order', () => {
    expect(standards.map((s) => s.id)).toEqual(Array.from({ length: 13 }, (_, i) => `S${i + 1}`));
  });

  it('number their 3 to 6 indicators S<n>.1, S<n>.2, … without gaps', () => {
    for (const standard of standards) {
      const expected = standard.indicators.map((_, i) => `${standard.id}.${i + 1}`);
      expect(standard.indicators.map((i) => i.id), standard.id).toEqual(expected);
      expect(standard.indicators.length, standard.id).toBeGreaterThanOrEqual(3);
      expect(standard.indicators.length, standard.id).toBeLessThanOrEqual(6);
    }
  });

  it('each serve at least one principle', () => {
    const serveNone = standards.filter((s) => s.principles.length === 0).map((s) => s.id);
    expect(serveNone).toEqual([]);
  });

  it('together serve every principle', () => {
    const served = new Set(standards.flatMap((s) => s.principles));
    expect(principles.map((p) => p.id).filter((id) => !served.has(id))).toEqual([]);
  });

  it('give every indicator at least one source', () => {
    const owners = new Set(allSourceRefs(content).map(([owner]) => owner));
    expect(indicators.filter((i) => !owners.has(`standards [${i.id}]`)).map((i) => i.id)).toEqual([]);
  });

  it('answer every section of the Annex I questionnaire with at least one indicator', () => {
    const partIds = new Set(content.sources.map((p) => p.id));
    expect(questionnaireSections.filter((id) => !partIds.has(id))).toEqual([]);
    const cited = new Set(indicators.flatMap((i) => i.source.map((ref) => ref.part)));
    expect(questionnaireSections.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('state each standard in one sentence', () => {
    for (const standard of standards) {
      const sentences = standard.statement.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences, standard.id).toHaveLength(1);
      expect(standard.statement, standard.id).toMatch(/\.$/);
    }
  });

  it('write every indicator as one statement an agency can mark met, partly met or not met', () => {
    for (const indicator of indicators) {
      expect(indicator.text, indicator.id).not.toMatch(/\?/);
      expect(indicator.text, indicator.id).toMatch(/\.$/);
    }
  });

  it('give guidance on practice, baseline pitfalls, children and men for every standard', () => {
    for (const standard of standards) {
      const { practice, pitfalls, children, men } = standard.guidance;
      for (const [name, list] of Object.entries({ practice, pitfalls, children, men })) {
        expect(list.length, `${standard.id} ${name}`).toBeGreaterThan(0);
      }
      // Pitfalls describe the 2007 baseline: at least one names its year, so none reads as today.
      expect(pitfalls.some((p) => p.includes('2007 baseline')), standard.id).toBe(true);
    }
  });
});

describe('the nine rights', () => {
  it('are R1 to R9, each citing its own item of Chapter 9 first', () => {
    expect(rights.map((r) => r.id)).toEqual(Array.from({ length: 9 }, (_, i) => `R${i + 1}`));
    for (const [index, right] of rights.entries()) {
      expect(right.source[0], right.id).toEqual({ part: 'ch9-nine-rights', item: index + 1 });
    }
  });

  it('each map to at least one indicator that exists', () => {
    const ids = new Set(indicators.map((i) => i.id));
    for (const right of rights) {
      expect(right.indicators.length, right.id).toBeGreaterThan(0);
      expect(right.indicators.filter((id) => !ids.has(id)), right.id).toEqual([]);
    }
  });
});

/** A copy of the real data, to break on purpose. */
function copyOfRaw(): RawContent {
  return structuredClone(raw);
}

function structureOf(data: RawContent, kind: 'standards' | 'rights'): Array<Record<string, unknown>> {
  return data.kinds[kind]!.structure as Array<Record<string, unknown>>;
}

describe('broken standards and rights fail with a message naming the entry', () => {
  it('a standard that serves no principle', () => {
    const data = copyOfRaw();
    structureOf(data, 'standards')[3]!.principles = [];
    expect(buildContent(data).errors.join('\n')).toMatch(/standards\/structure\.yaml \[S4\] principles/);
  });

  it('an indicator without a source', () => {
    const data = copyOfRaw();
    const indicatorList = structureOf(data, 'standards')[4]!.indicators as Array<Record<string, unknown>>;
    indicatorList[1]!.source = [];
    expect(buildContent(data).errors.join('\n')).toMatch(
      /standards\/structure\.yaml \[S5\] indicators\.1\.source: every entry needs at least one source/,
    );
  });

  it('a right mapped to no indicator', () => {
    const data = copyOfRaw();
    structureOf(data, 'rights')[2]!.indicators = [];
    expect(buildContent(data).errors.join('\n')).toMatch(/rights\/structure\.yaml \[R3\] indicators/);
  });

  it('an indicator with no English text', () => {
    const data = copyOfRaw();
    const english = data.kinds.standards!.texts.en as Array<{ indicators: unknown[] }>;
    english[6]!.indicators.pop();
    expect(buildContent(data).errors).toContain('standards/en.yaml [S7].indicators: "S7.5" has no text');
  });

  it('a principle that no standard serves', () => {
    const data = copyOfRaw();
    for (const standard of structureOf(data, 'standards')) {
      standard.principles = (standard.principles as string[]).filter((id) => id !== 'P12');
      if ((standard.principles as string[]).length === 0) standard.principles = ['P7'];
    }
    expect(buildContent(data).errors).toContain('principles [P12] is not served by any standard');
  });
});

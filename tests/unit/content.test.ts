import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContent, type RawContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { allSourceRefs, checkAgainstReport } from '../../src/lib/content/references';
import { kindNames } from '../../src/lib/content/schema';
import { localeCodes } from '../../src/lib/locales';
import { dataDir, reportPath } from '../helpers/paths';

const raw = readRawContent(dataDir);
const { content, errors } = buildContent(raw);

describe('the content in src/data', () => {
  it('passes every schema, join and cross-reference check', () => {
    expect(errors).toEqual([]);
  });

  it('has the twelve principles, P1 to P12, in order', () => {
    expect(content.kinds.principles.en.map((p) => p.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `P${i + 1}`),
    );
  });

  it('gives principle 1 its three key considerations, and no other principle any', () => {
    const [first, ...rest] = content.kinds.principles.en;
    expect(first?.considerations).toHaveLength(3);
    for (const p of rest) expect(p.considerations, p.id).toEqual([]);
  });

  it('cites each principle first to its own item of Annex II', () => {
    for (const [index, p] of content.kinds.principles.en.entries()) {
      expect(p.source[0], p.id).toEqual({ part: 'annex2-principles', item: index + 1 });
    }
  });

  it('has the same entries, in the same order, in every locale', () => {
    for (const kind of kindNames) {
      const englishIds = content.kinds[kind].en.map((e) => e.id);
      for (const code of localeCodes) {
        expect(content.kinds[kind][code].map((e) => e.id), `${kind} in ${code}`).toEqual(englishIds);
      }
    }
  });

  it('quotes headings and evidence that really occur in the cited part of the report', () => {
    expect(checkAgainstReport(content, readFileSync(reportPath, 'utf8'))).toEqual([]);
  });

  it('has a source on every entry', () => {
    const owners = new Set(allSourceRefs(content).map(([owner]) => owner));
    for (const p of content.kinds.principles.en) expect(owners.has(`principles [${p.id}]`), p.id).toBe(true);
  });
});

/** A copy of the real data, to break on purpose. */
function copyOfRaw(): RawContent {
  return structuredClone(raw);
}

/** Replaces the standards with a single minimal standard S1 serving `principles`. */
function withOneStandard(data: RawContent, principles: string[]): RawContent {
  const source = [{ part: 'ch9-summary' }];
  const indicatorIds = ['S1.1', 'S1.2', 'S1.3'];
  data.kinds.standards = {
    structure: [{ id: 'S1', principles, source, indicators: indicatorIds.map((id) => ({ id, source })) }],
    texts: {
      en: [
        {
          id: 'S1',
          title: 'A standard',
          statement: 'A statement.',
          indicators: indicatorIds.map((id) => ({ id, text: `Indicator ${id}` })),
          guidance: { practice: ['Do.'], pitfalls: ['Avoid.'], children: ['Children.'], men: ['Men.'] },
        },
      ],
    },
  };
  return data;
}

function principleStructure(data: RawContent): Array<Record<string, unknown>> {
  return data.kinds.principles!.structure as Array<Record<string, unknown>>;
}

describe('broken data fails with a message naming the entry', () => {
  it('a principle without a source', () => {
    const data = copyOfRaw();
    principleStructure(data)[4]!.source = [];
    const result = buildContent(data);
    expect(result.errors.join('\n')).toMatch(/principles\/structure\.yaml \[P5\] source: every entry needs at least one source/);
  });

  it('a source reference to a part of the report that does not exist', () => {
    const data = copyOfRaw();
    principleStructure(data)[2]!.source = [{ part: 'annex-9' }];
    expect(buildContent(data).errors).toContain('principles [P3] refers to source part "annex-9", which does not exist');
  });

  it('a standard that points at a principle that does not exist', () => {
    const data = withOneStandard(copyOfRaw(), ['P7', 'P21']);
    expect(buildContent(data).errors.join('\n')).toMatch(/standards\/structure\.yaml \[S1\] principles\.1: expected P1…P12/);
  });

  it('a right that points at a missing indicator, and principles that no standard serves', () => {
    const data = withOneStandard(copyOfRaw(), ['P1']);
    data.kinds.rights = {
      structure: [{ id: 'R1', indicators: ['S1.9'], source: [{ part: 'ch9-nine-rights', item: 1 }] }],
      texts: { en: [{ id: 'R1', title: 'Dignity', explanation: ['Explained.'] }] },
    };
    const result = buildContent(data).errors;
    expect(result).toContain('rights [R1] refers to indicator "S1.9", which does not exist');
    expect(result).toContain('principles [P2] is not served by any standard');
  });

  it('a translation that lacks an entry English has falls back to English and says so', () => {
    const data = copyOfRaw();
    data.kinds.principles!.texts.km = [];
    const result = buildContent(data);
    expect(result.errors).toEqual([]);
    expect(result.content.kinds.principles.km.every((p) => p.fallback && p.locale === 'km')).toBe(true);
  });

  it('a translation with an ID the structure does not have', () => {
    const data = copyOfRaw();
    const english = data.kinds.principles!.texts.en as Array<Record<string, unknown>>;
    data.kinds.principles!.texts.th = [{ ...english[0], id: 'P13', translation: { status: 'draft' } }];
    expect(buildContent(data).errors.join('\n')).toMatch(/principles\/th\.yaml \[P13\] id: expected P1…P12/);
  });

  it('a translated entry without a review status', () => {
    const data = copyOfRaw();
    const english = data.kinds.principles!.texts.en as Array<Record<string, unknown>>;
    data.kinds.principles!.texts.vi = [{ ...english[0] }];
    expect(buildContent(data).errors.join('\n')).toMatch(/principles\/vi\.yaml \[P1\] translation:/);
  });

  it('a reference whose quoted evidence is not in the report', () => {
    const data = copyOfRaw();
    principleStructure(data)[0]!.source = [{ part: 'preface', evidence: 'a sentence the report never wrote' }];
    const built = buildContent(data);
    expect(checkAgainstReport(built.content, readFileSync(reportPath, 'utf8'))).toEqual([
      'principles [P1]: evidence "a sentence the report never wrote" does not occur in preface (lines 45–104)',
    ]);
  });
});

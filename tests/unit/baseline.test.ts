import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, type RawContent } from '../../src/lib/content/build';
import { renderPlain } from '../../src/lib/content/facts';
import { readRawContent } from '../../src/lib/content/read';
import { checkAgainstReport } from '../../src/lib/content/references';
import { backgroundTopicIds, economyIds, kindNames, type Fact, type KindName } from '../../src/lib/content/schema';
import { dataDir, i18nDir, reportPath } from '../helpers/paths';

const raw = readRawContent(dataDir);
const { content, errors } = buildContent(raw);
const report = readFileSync(reportPath, 'utf8');
const { baseline, findings, recommendations, background, glossary } = content.kinds;

/** The kinds this feature writes: their words must follow every rule below. */
const ownKinds: KindName[] = ['baseline', 'findings', 'recommendations', 'background', 'glossary'];
const ownNamespaces = ['baseline', 'background', 'glossary'];

function profile(id: string) {
  const found = baseline.en.find((p) => p.id === id);
  if (!found) throw new Error(`no profile ${id}`);
  return found;
}

function fact(facts: Fact[], id: string): Fact {
  const found = facts.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
}

/** Fields that hold IDs, figures and sources rather than words. */
const structureOnly = new Set(['id', 'source', 'facts', 'ratings', 'translation', 'group', 'level', 'related', 'principles', 'standards', 'checklists', 'modules']);

/**
 * Every string of words in an entry, with its facts filled in as an English reader sees them, or,
 * with `factToken`, each fact replaced by that token: facts (figures, names of laws) are meant to
 * carry over from the report, so the own-words check looks only at the words around them.
 */
function wordsOf(entry: Record<string, unknown>, factToken?: string): string[] {
  const facts = (entry.facts as Fact[] | undefined) ?? [];
  const out: string[] = [];
  const walk = (value: unknown, key?: string) => {
    if (key && structureOnly.has(key)) return;
    if (typeof value === 'string') out.push(factToken ? value.replace(/\{\{[a-z0-9-]+\}\}/g, factToken) : renderPlain(value, facts, 'en'));
    else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  walk(entry);
  return out;
}

function englishTexts(kinds: KindName[], factToken?: string): Array<{ owner: string; text: string }> {
  const texts: Array<{ owner: string; text: string }> = [];
  for (const kind of kinds) {
    for (const entry of content.kinds[kind].en) {
      // Structure-only fields (figures, kinds, groups) are not words.
      const { locale, fallback, translation, ...rest } = entry as unknown as Record<string, unknown>;
      void [locale, fallback, translation];
      for (const text of wordsOf(rest, factToken)) texts.push({ owner: `${kind} [${entry.id}]`, text });
    }
  }
  return texts;
}

function uiStrings(namespace: string): Array<{ owner: string; text: string }> {
  const strings = JSON.parse(readFileSync(join(i18nDir, namespace, 'en.json'), 'utf8')) as Record<string, string>;
  return Object.entries(strings).map(([key, text]) => ({ owner: `${namespace}.${key}`, text }));
}

describe('the 2007 baseline data', () => {
  it('passes every schema, join, reference and fact check', () => {
    expect(errors).toEqual([]);
  });

  it('has a profile for each of the seven economies, in order', () => {
    expect(baseline.en.map((p) => p.id)).toEqual([...economyIds]);
  });

  it('cites each profile first to its own country chapter', () => {
    const chapters = {
      cambodia: 'ch2-cambodia',
      china: 'ch3-china',
      indonesia: 'ch4-indonesia',
      'lao-pdr': 'ch5-lao',
      myanmar: 'ch6-myanmar',
      thailand: 'ch7-thailand',
      'viet-nam': 'ch8-viet-nam',
    };
    for (const p of baseline.en) expect(p.source[0], p.id).toEqual({ part: chapters[p.id] });
  });

  it('covers who was interviewed in every profile, and the problems respondents named wherever the chapter lists them', () => {
    for (const p of baseline.en) expect(p.sections.map((s) => s.id), p.id).toContain('interviewed');
    // Chapter 4 (Indonesia) has no list of constraints; every other chapter has one.
    for (const p of baseline.en.filter((e) => e.id !== 'indonesia')) expect(p.sections.map((s) => s.id), p.id).toContain('constraints');
  });

  it('covers services, mental health, assessment, standards, community and care for carers where the chapter reports them', () => {
    const full = ['cambodia', 'indonesia', 'lao-pdr', 'myanmar', 'thailand'];
    for (const id of full) {
      expect(profile(id).sections.map((s) => s.id), id).toEqual(
        expect.arrayContaining(['services', 'mental-health', 'assessment', 'standards', 'community', 'carers', 'effectiveness']),
      );
    }
  });

  it('gives every section of every profile and every background page its own source', () => {
    for (const p of baseline.en) for (const s of p.sections) expect(s.source.length, `${p.id} ${s.id}`).toBeGreaterThan(0);
    for (const b of background.en) for (const s of b.sections) expect(s.source.length, `${b.id} ${s.id}`).toBeGreaterThan(0);
  });

  it('quotes evidence and headings that occur in the cited part of the report', () => {
    expect(checkAgainstReport(content, report)).toEqual([]);
  });
});

describe('key figures match the report', () => {
  // Each figure is checked three ways: its value in the data, its use in the words, and the
  // English a reader sees. The evidence check (fact value ⊂ evidence ⊂ report) runs for every fact.
  const cases: Array<{ economy?: string; finding?: string; topic?: string; fact: string; value: number | string; shown: string }> = [
    { economy: 'cambodia', fact: 'mou-ministries', value: 5, shown: 'signed by 5 government ministries and 23 NGOs' },
    { economy: 'cambodia', fact: 'mou-ngos', value: 23, shown: 'signed by 5 government ministries and 23 NGOs' },
    { economy: 'cambodia', fact: 'shelter-operators', value: 34, shown: 'about 34 agencies running shelters' },
    { economy: 'cambodia', fact: 'course-days', value: 30, shown: 'lasting 30 days' },
    { economy: 'indonesia', fact: 'assisted', value: 2200, shown: 'more than 2,200 people' },
    { economy: 'indonesia', fact: 'assisted-by', value: '2007-04', shown: 'by April 2007' },
    { economy: 'indonesia', fact: 'centre-opened', value: '2005-06-10', shown: 'opened on 10 June 2005' },
    { economy: 'lao-pdr', fact: 'psychiatrists', value: 2, shown: 'had 2 psychiatrists' },
    { economy: 'lao-pdr', fact: 'beds', value: 29, shown: '29 beds' },
    { economy: 'lao-pdr', fact: 'minimum-stay-days', value: 7, shown: 'at least 7 days' },
    { economy: 'myanmar', fact: 'shelter-weeks', value: 2, shown: 'at least 2 weeks' },
    { economy: 'myanmar', fact: 'agencies', value: 3, shown: 'interviewed 3 agencies' },
    { economy: 'thailand', fact: 'mous', value: 3, shown: 'In March 2003, 3 MOUs on trafficking were signed' },
    { economy: 'thailand', fact: 'outpatient-facilities', value: 122, shown: '122 out-patient mental-health facilities' },
    { economy: 'viet-nam', fact: 'circular', value: 'Inter-Ministerial Circular 116/2007/TTLT-BTC-BLDTBXH', shown: 'On 27 September 2007, Inter-Ministerial Circular 116/2007/TTLT-BTC-BLDTBXH' },
    { economy: 'viet-nam', fact: 'circular-issued', value: '2007-09-27', shown: '27 September 2007' },
    { economy: 'viet-nam', fact: 'follow-up-years', value: 3, shown: 'for 3 years' },
    { economy: 'china', fact: 'plan-from', value: 2008, shown: 'for 2008–2012' },
    { economy: 'china', fact: 'plan-in-force', value: '2008-01-01', shown: 'into force on 1 January 2008' },
    { finding: 'regional-workshop', fact: 'workshop-start', value: '2007-08-15', shown: 'From 15 August 2007 to 17 August 2007' },
    { finding: 'regional-workshop', fact: 'workshop-end', value: '2007-08-17', shown: '17 August 2007' },
    { finding: 'small-quick-study', fact: 'weeks', value: 2, shown: 'about 2 weeks' },
    { topic: 'impact-of-trafficking', fact: 'recovery-months', value: 3, shown: 'up to 3 months' },
    { topic: 'impact-of-trafficking', fact: 'delayed-months', value: 6, shown: 'at least 6 months after the event' },
    { topic: 'intervention-pyramid', fact: 'levels', value: 4, shown: 'described 4 levels of intervention' },
  ];
  for (const c of cases) {
    const owner = c.economy ?? c.finding ?? c.topic!;
    it(`${owner}: ${c.fact} is ${c.value}`, () => {
      const entry = c.economy
        ? profile(c.economy)
        : c.finding
          ? findings.en.find((f) => f.id === c.finding)!
          : background.en.find((b) => b.id === c.topic)!;
      expect(fact(entry.facts, c.fact).value).toBe(c.value);
      const words = wordsOf(entry as unknown as Record<string, unknown>).join(' ').replace(/\s+/g, ' ');
      expect(words).toContain(c.shown);
    });
  }

  it('rates agencies as the report’s tables do', () => {
    expect(profile('indonesia').ratings).toEqual([
      expect.objectContaining({ id: 'agency-1', scores: [{ aspect: 'overall', score: 4 }] }),
    ]);
    expect(profile('cambodia').ratings.find((r) => r.id === 'agency-3')?.scores).toEqual([
      { aspect: 'aftercare', score: 5 },
      { aspect: 'reintegration', score: 2 },
    ]);
    expect(profile('lao-pdr').ratings.find((r) => r.id === 'agency-4')?.scores).toEqual([]);
  });

  it('types no figure into the words: every number is a fact that cites its evidence', () => {
    // Digits that are not figures to prove: the shorthand 3Ps and 3Rs, and 2007, the year of the
    // study itself, which every page of the baseline states.
    const allowed = /\b3Ps\b|\b3Rs\b|\b2007\b/g;
    const offenders: string[] = [];
    for (const kind of ['baseline', 'findings', 'recommendations', 'background'] as const) {
      for (const entry of content.kinds[kind].en) {
        const { locale, fallback, translation, ...rest } = entry as unknown as Record<string, unknown>;
        void [locale, fallback, translation];
        // Raw words: placeholders removed, nothing filled in.
        const raw: string[] = [];
        const walk = (value: unknown, key?: string) => {
          if (key && structureOnly.has(key)) return;
          if (typeof value === 'string') raw.push(value);
          else if (Array.isArray(value)) value.forEach((v) => walk(v));
          else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
        };
        walk(rest);
        for (const text of raw) {
          if (/\d/.test(text.replace(/\{\{[a-z0-9-]+\}\}/g, '').replace(allowed, ''))) offenders.push(`${kind} [${entry.id}]: ${text.slice(0, 80)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('the words follow Lantern’s rules', () => {
  const texts = [...englishTexts(ownKinds), ...ownNamespaces.flatMap(uiStrings)];

  it('never call people victims or survivors in Lantern’s own voice (only quoted, as words to avoid)', () => {
    const unquoted = texts.filter(({ text }) => /\b(victim|survivor)s?\b/i.test(text.replace(/"[^"]*"/g, '')));
    expect(unquoted.map((t) => `${t.owner}: ${t.text}`)).toEqual([]);
  });

  it('give no phone numbers, e-mail addresses or web addresses', () => {
    const contacts = texts.filter(({ text }) => /https?:|www\.|@|\+?\d[\d\s-]{6,}\d/.test(text));
    expect(contacts.map((t) => `${t.owner}: ${t.text}`)).toEqual([]);
  });

  it('say who makes a clinical judgement wherever diagnosis is discussed', () => {
    const ptsd = background.en.find((b) => b.id === 'impact-of-trafficking')!.sections.find((s) => s.id === 'trauma-and-ptsd')!;
    expect(ptsd.paragraphs.join(' ')).toMatch(/Only a qualified professional/);
    const inPractice = background.en.find((b) => b.id === 'psychosocial-support-and-mental-health')!.sections.find((s) => s.id === 'in-practice')!;
    expect(inPractice.paragraphs.join(' ')).toMatch(/Lantern does not diagnose/);
  });
});

describe('the regional findings and recommendations', () => {
  it('have the eleven recommendations, in order, each cited to its own item of Chapter 9', () => {
    expect(recommendations.en.map((r) => r.id)).toEqual(Array.from({ length: 11 }, (_, i) => `recommendation-${i + 1}`));
    recommendations.en.forEach((r, i) => expect(r.source[0], r.id).toEqual({ part: 'ch9-recommendations', item: i + 1 }));
  });

  it('link each recommendation to something that acts on it, using only the fixed IDs', () => {
    const fixedChecklists = [
      'first-contact', 'needs-assessment', 'informed-consent', 'case-file-security', 'recovery-plan', 'case-conference',
      'legal-proceedings', 'reintegration-readiness', 'follow-up', 'case-closure', 'care-for-carers',
    ];
    for (const r of recommendations.en) {
      expect(r.standards.length + r.checklists.length + r.modules.length, r.id).toBeGreaterThan(0);
      for (const id of r.standards) expect(id, r.id).toMatch(/^S([1-9]|1[0-3])$/);
      for (const id of r.modules) expect(id, r.id).toMatch(/^M[1-9]$/);
      for (const id of r.checklists) expect(fixedChecklists, r.id).toContain(id);
    }
    // Recommendation 11 asks for the training package and case management checklists.
    const eleven = recommendations.en[10]!;
    expect(eleven.modules).toEqual(expect.arrayContaining(['M3', 'M4', 'M6', 'M7', 'M9']));
  });

  it('sum up the region and list the study’s limitations, from the methodology and Chapter 9', () => {
    const limitations = findings.en.filter((f) => f.group === 'limitation');
    const parts = new Set(limitations.flatMap((f) => f.source.map((s) => s.part)));
    expect(parts).toEqual(new Set(['methodology', 'ch9-limitations']));
    // All three of Chapter 9's shortcomings are covered.
    const items = new Set(limitations.flatMap((f) => f.source.filter((s) => s.part === 'ch9-limitations').map((s) => s.item)));
    expect(items).toEqual(new Set([1, 2, 3]));
    expect(findings.en.filter((f) => f.group === 'summary').length).toBeGreaterThanOrEqual(8);
  });
});

describe('the background pages', () => {
  it('are the seven topics, each citing the section of the report it rewrites', () => {
    expect(background.en.map((b) => b.id)).toEqual([...backgroundTopicIds]);
    for (const b of background.en) {
      expect(b.source[0]?.heading ?? b.source[0]?.evidence, b.id).toBeTruthy();
    }
  });

  it('give the intervention pyramid its four levels, from the base up', () => {
    const pyramid = background.en.find((b) => b.id === 'intervention-pyramid')!;
    expect(pyramid.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    for (const level of pyramid.levels) expect(level.label && level.description, level.id).toBeTruthy();
  });
});

describe('the glossary', () => {
  it('defines every key term the site relies on', () => {
    const required = [
      'trafficked-person', 'psychosocial', 'well-being', 'mental-health', 'informed-consent', 'case-management',
      'case-conference', 'referral', 'reintegration', 're-traumatisation', 'care-for-carers', 'resilience',
      'damage-model', 'challenge-model', 'intervention-pyramid', 'ptsd', 'cbt', 'para-professional', 'label-free',
      'strength-based', 'trauma', 'collectivist-coping', 'traditional-healer', 'baci', 'mou', 'three-ps-three-rs',
    ];
    const ids = glossary.en.map((g) => g.id);
    expect(required.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('cites a source for every term', () => {
    for (const g of glossary.en) expect(g.source.length, g.id).toBeGreaterThan(0);
  });
});

/** A copy of the real data, to break on purpose. */
function copyOfRaw(): RawContent {
  return structuredClone(raw);
}
const structureOf = (data: RawContent, kind: KindName) => data.kinds[kind]!.structure as Array<Record<string, any>>;
const textOf = (data: RawContent, kind: KindName) => data.kinds[kind]!.texts.en as Array<Record<string, any>>;

describe('a figure that drifts from the report fails, naming the entry', () => {
  it('a value the evidence does not state', () => {
    const data = copyOfRaw();
    const cambodia = structureOf(data, 'baseline').find((p) => p.id === 'cambodia')!;
    cambodia.facts.find((f: Fact) => f.id === 'mou-ngos').value = 24;
    expect(buildContent(data).errors).toContain(
      'baseline/en.yaml [cambodia] fact "mou-ngos" (number 24) is not stated in the evidence it cites',
    );
  });

  it('a date one day off', () => {
    const data = copyOfRaw();
    const vietNam = structureOf(data, 'baseline').find((p) => p.id === 'viet-nam')!;
    vietNam.facts.find((f: Fact) => f.id === 'circular-issued').value = '2007-09-28';
    expect(buildContent(data).errors.join('\n')).toMatch(/\[viet-nam\] fact "circular-issued" \(date 2007-09-28\) is not stated/);
  });

  it('a figure typed into the words instead of its placeholder', () => {
    const data = copyOfRaw();
    const lao = textOf(data, 'baseline').find((p) => p.id === 'lao-pdr')!;
    const mental = lao.sections.find((s: { id: string }) => s.id === 'mental-health');
    mental.paragraphs[0] = mental.paragraphs[0].replace('{{psychiatrists}}', 'two');
    expect(buildContent(data).errors).toContain('baseline/en.yaml [lao-pdr] defines fact "psychiatrists" but its words never use it');
  });

  it('a placeholder for a fact that does not exist', () => {
    const data = copyOfRaw();
    const myanmar = textOf(data, 'baseline').find((p) => p.id === 'myanmar')!;
    myanmar.summary += ' {{shelter-days}}';
    expect(buildContent(data).errors).toContain('baseline/en.yaml [myanmar] refers to fact "{{shelter-days}}", which it does not define');
  });

  it('a self-rating the evidence does not state', () => {
    const data = copyOfRaw();
    const thailand = structureOf(data, 'baseline').find((p) => p.id === 'thailand')!;
    thailand.ratings[0].scores[0].score = 5;
    expect(buildContent(data).errors).toContain('baseline [thailand] rating agency-1: score 5 is not stated in the evidence it cites');
  });

  it('a translation that drops a figure', () => {
    const data = copyOfRaw();
    const english = textOf(data, 'baseline').find((p) => p.id === 'indonesia')!;
    const thai = structuredClone(english);
    thai.translation = { status: 'draft' };
    thai.sections.find((s: { id: string }) => s.id === 'context').paragraphs[0] = 'ข้อความที่ไม่มีตัวเลข';
    data.kinds.baseline!.texts.th = [thai];
    expect(buildContent(data).errors).toContain('baseline/th.yaml [indonesia] defines fact "assisted" but its words never use it');
  });
});

describe('recommendation links', () => {
  it('rejects an ID of the wrong form at once', () => {
    const data = copyOfRaw();
    structureOf(data, 'recommendations')[3]!.modules = ['Module 6'];
    expect(buildContent(data).errors.join('\n')).toMatch(/recommendations\/structure\.yaml \[recommendation-4\] modules\.0: expected M followed by a number/);
  });

  it('rejects an ID that does not exist', () => {
    const data = copyOfRaw();
    structureOf(data, 'recommendations')[0]!.standards = ['S10', 'S99'];
    expect(buildContent(data).errors).toEqual(['recommendations [recommendation-1] refers to standard "S99", which does not exist']);
  });

  it('rejects a principle that does not exist', () => {
    const data = copyOfRaw();
    structureOf(data, 'recommendations')[0]!.principles = ['P12', 'P13'];
    expect(buildContent(data).errors.join('\n')).toMatch(/\[recommendation-1\] principles\.1: expected P1…P12/);
  });
});

describe('glossary data that would link terms wrongly fails', () => {
  it('two entries claiming the same written form', () => {
    const data = copyOfRaw();
    textOf(data, 'glossary').find((g) => g.id === 'trauma')!.forms.push('Trafficked Person');
    expect(buildContent(data).errors).toContain('glossary/en.yaml [trauma] claims "Trafficked Person", which [trafficked-person] already claims');
  });

  it('a "see also" to a term that does not exist', () => {
    const data = copyOfRaw();
    structureOf(data, 'glossary')[0]!.related = ['victimhood'];
    expect(buildContent(data).errors).toContain('glossary [trafficked-person] refers to related term "victimhood", which does not exist');
  });
});

it('registers every kind it writes', () => {
  expect(kindNames).toEqual(expect.arrayContaining(ownKinds));
});

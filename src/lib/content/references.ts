import type { Content } from './build';
import { coveringIndicators } from './coverage';
import { checkEntryFacts, evidenceStates } from './facts';
import { kindNames, type SourceRef } from './schema';
import { localeCodes } from '../locales';

/**
 * Cross-reference checks over the whole content graph. IDs tie Lantern together
 * (principle ↔ standard ↔ indicator ↔ right ↔ checklist ↔ module), so a reference that does not
 * resolve is a broken promise on some page. Structure is shared by every locale, so the English
 * entries are enough to check it.
 */
export function checkReferences(content: Content): string[] {
  const errors: string[] = [];
  const { principles, standards, rights, checklists, modules } = content.kinds;
  const en = {
    principles: principles.en,
    standards: standards.en,
    rights: rights.en,
    checklists: checklists.en,
    modules: modules.en,
  };

  const principleIds = new Set(en.principles.map((p) => p.id));
  const standardIds = new Set(en.standards.map((s) => s.id));
  const indicatorIds = new Set<string>();
  for (const standard of en.standards) {
    for (const indicator of standard.indicators) {
      if (!indicator.id.startsWith(`${standard.id}.`)) {
        errors.push(`standards [${standard.id}] indicator "${indicator.id}" must start with "${standard.id}."`);
      }
      if (indicatorIds.has(indicator.id)) errors.push(`standards: indicator "${indicator.id}" appears twice`);
      indicatorIds.add(indicator.id);
    }
  }
  const checklistIds = new Set(en.checklists.map((c) => c.id));

  const missing = (what: string, owner: string, id: string) =>
    errors.push(`${owner} refers to ${what} "${id}", which does not exist`);

  for (const standard of en.standards) {
    for (const id of standard.principles) if (!principleIds.has(id)) missing('principle', `standards [${standard.id}]`, id);
  }
  for (const right of en.rights) {
    for (const id of right.indicators) if (!indicatorIds.has(id)) missing('indicator', `rights [${right.id}]`, id);
  }
  const itemIds = new Set<string>();
  for (const checklist of en.checklists) {
    for (const section of checklist.sections) {
      for (const item of section.items) {
        if (!item.id.startsWith(`${checklist.id}.`)) {
          errors.push(`checklists [${checklist.id}] item "${item.id}" must start with "${checklist.id}."`);
        }
        if (itemIds.has(item.id)) errors.push(`checklists: item "${item.id}" appears twice`);
        itemIds.add(item.id);
        for (const id of item.indicators) if (!indicatorIds.has(id)) missing('indicator', `checklists [${item.id}]`, id);
      }
    }
  }
  for (const module of en.modules) {
    const owner = `modules [${module.id}]`;
    for (const id of module.principles) if (!principleIds.has(id)) missing('principle', owner, id);
    for (const id of module.standards) if (!standardIds.has(id)) missing('standard', owner, id);
    for (const id of module.checklists) if (!checklistIds.has(id)) missing('checklist', owner, id);
  }

  // The self-assessment covers every question of the baseline questionnaire (Annex I).
  for (const question of content.kinds.questionnaire.en) {
    if (coveringIndicators(question, en.standards).length === 0) {
      errors.push(`questionnaire [${question.id}] is not covered by any indicator (no indicator cites it)`);
    }
  }

  // Recommendations name the entries that act on them.
  const moduleIds = new Set(en.modules.map((m) => m.id));
  for (const recommendation of content.kinds.recommendations.en) {
    const owner = `recommendations [${recommendation.id}]`;
    for (const id of recommendation.principles) if (!principleIds.has(id)) missing('principle', owner, id);
    for (const id of recommendation.standards) if (!standardIds.has(id)) missing('standard', owner, id);
    for (const id of recommendation.checklists) if (!checklistIds.has(id)) missing('checklist', owner, id);
    for (const id of recommendation.modules) if (!moduleIds.has(id)) missing('module', owner, id);
  }

  errors.push(...checkGlossary(content));

  // Facts: placeholders resolve and every fact is used, in every locale; values match their
  // evidence (structure is shared, so English is enough for that).
  for (const kind of kindNames) {
    for (const code of localeCodes) {
      for (const entry of content.kinds[kind][code]) {
        if (!('facts' in entry) || entry.fallback) continue;
        errors.push(...checkEntryFacts(`${kind}/${code}.yaml [${entry.id}]`, entry as never, code === 'en'));
      }
    }
  }

  // A self-rating is a figure too: each score must be written in the evidence it cites.
  for (const profile of content.kinds.baseline.en) {
    for (const rating of profile.ratings) {
      const numbers = rating.scores.flatMap((s) => (s.upTo === undefined ? [s.score] : [s.score, s.upTo]));
      const stated = (value: number) =>
        rating.source.some((ref) => ref.evidence && evidenceStates({ id: rating.id, kind: 'number', value, source: rating.source }, ref.evidence));
      for (const value of numbers) {
        if (!stated(value)) errors.push(`baseline [${profile.id}] rating ${rating.id}: score ${value} is not stated in the evidence it cites`);
      }
    }
  }

  // Coverage: every principle is put into practice by at least one standard.
  const served = new Set(en.standards.flatMap((s) => s.principles));
  for (const id of principleIds) if (!served.has(id)) errors.push(`principles [${id}] is not served by any standard`);

  const partIds = new Map(content.sources.map((part) => [part.id, part]));
  const checkSource = (owner: string, ref: SourceRef) => {
    const part = partIds.get(ref.part);
    if (!part) return missing('source part', owner, ref.part);
    if (ref.item !== undefined && !part.itemKind) {
      errors.push(`${owner} gives an item number for source part "${ref.part}", which has no numbered items`);
    }
  };
  for (const [owner, ref] of allSourceRefs(content)) checkSource(owner, ref);
  return errors;
}

/** Every source reference in the content, with a label naming its owner. */
export function allSourceRefs(content: Content): Array<[string, SourceRef]> {
  const refs: Array<[string, SourceRef]> = [];
  const add = (owner: string, list: SourceRef[]) => list.forEach((ref) => refs.push([owner, ref]));
  const { principles, standards, rights, checklists, modules, glossary, questionnaire } = content.kinds;
  for (const q of questionnaire.en) add(`questionnaire [${q.id}]`, q.source);
  for (const p of principles.en) add(`principles [${p.id}]`, p.source);
  for (const s of standards.en) {
    add(`standards [${s.id}]`, s.source);
    for (const i of s.indicators) add(`standards [${i.id}]`, i.source);
  }
  for (const r of rights.en) add(`rights [${r.id}]`, r.source);
  for (const c of checklists.en) {
    for (const section of c.sections) for (const item of section.items) add(`checklists [${item.id}]`, item.source);
  }
  for (const m of modules.en) {
    add(`modules [${m.id}]`, m.source);
    for (const s of m.sections) add(`modules [${m.id}.${s.id}]`, s.source);
    for (const q of m.quiz) add(`modules [${m.id}.${q.id}]`, q.source);
  }
  for (const g of glossary.en) add(`glossary [${g.id}]`, g.source);
  const { baseline, findings, recommendations, background } = content.kinds;
  const addFacts = (owner: string, facts: Array<{ id: string; source: SourceRef[] }>) =>
    facts.forEach((f) => add(`${owner} fact ${f.id}`, f.source));
  for (const p of baseline.en) {
    const owner = `baseline [${p.id}]`;
    add(owner, p.source);
    addFacts(owner, p.facts);
    for (const s of p.sections) add(`${owner} section ${s.id}`, s.source);
    for (const r of p.ratings) add(`${owner} rating ${r.id}`, r.source);
  }
  for (const f of findings.en) {
    add(`findings [${f.id}]`, f.source);
    addFacts(`findings [${f.id}]`, f.facts);
  }
  for (const r of recommendations.en) add(`recommendations [${r.id}]`, r.source);
  for (const b of background.en) {
    const owner = `background [${b.id}]`;
    add(owner, b.source);
    addFacts(owner, b.facts);
    for (const s of b.sections) add(`${owner} section ${s.id}`, s.source);
    for (const l of b.levels) add(`${owner} level ${l.id}`, l.source);
  }
  return refs;
}

/**
 * The glossary is each locale's terminology list: "see also" links resolve, and no two entries
 * claim the same written form (a form that links to two entries would link to the wrong one).
 */
function checkGlossary(content: Content): string[] {
  const errors: string[] = [];
  const ids = new Set(content.kinds.glossary.en.map((g) => g.id));
  for (const entry of content.kinds.glossary.en) {
    for (const id of entry.related) {
      if (!ids.has(id)) errors.push(`glossary [${entry.id}] refers to related term "${id}", which does not exist`);
      if (id === entry.id) errors.push(`glossary [${entry.id}] lists itself as a related term`);
    }
  }
  for (const code of localeCodes) {
    const owners = new Map<string, string>();
    for (const entry of content.kinds.glossary[code]) {
      if (entry.fallback) continue;
      for (const form of [entry.term, ...entry.forms]) {
        const key = form.toLocaleLowerCase(code);
        const owner = owners.get(key);
        if (owner && owner !== entry.id) {
          errors.push(`glossary/${code}.yaml [${entry.id}] claims "${form}", which [${owner}] already claims`);
        } else if (owner === entry.id) {
          errors.push(`glossary/${code}.yaml [${entry.id}] lists "${form}" twice`);
        }
        owners.set(key, entry.id);
      }
    }
  }
  return errors;
}

/**
 * Checks each reference's `heading` and `evidence` against the report text: both must occur
 * within the lines of the part they cite. Whitespace is normalised, because the PDF extraction
 * breaks lines mid-sentence.
 */
export function checkAgainstReport(content: Content, reportText: string): string[] {
  const lines = reportText.split('\n');
  // The PDF extraction breaks lines (and hyphenated words) mid-sentence and uses curly quotes.
  const normalise = (text: string) =>
    text
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/- /g, '-')
      .replace(/[’‘]/g, "'")
      .replace(/[“”]/g, '"')
      .trim()
      .toLowerCase();
  const errors: string[] = [];
  const parts = new Map(content.sources.map((part) => [part.id, part]));
  for (const [owner, ref] of allSourceRefs(content)) {
    const part = parts.get(ref.part);
    if (!part) continue;
    const [from, to] = part.lines;
    const partText = normalise(lines.slice(from - 1, to).join(' '));
    for (const field of ['heading', 'evidence'] as const) {
      const phrase = ref[field];
      if (phrase && !partText.includes(normalise(phrase))) {
        errors.push(`${owner}: ${field} "${phrase}" does not occur in ${ref.part} (lines ${from}–${to})`);
      }
    }
  }
  return errors;
}

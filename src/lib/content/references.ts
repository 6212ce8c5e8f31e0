import type { Content } from './build';
import { coveringIndicators } from './coverage';
import type { SourceRef } from './schema';

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

  // Kinds are written in parallel: a reference into a kind that has no entries yet is checked
  // for its form by the schema only, and for existence as soon as that kind has data.
  const existsIn = (ids: Set<string>, id: string) => ids.size === 0 || ids.has(id);
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
        for (const id of item.indicators) if (!existsIn(indicatorIds, id)) missing('indicator', `checklists [${item.id}]`, id);
      }
    }
  }
  for (const module of en.modules) {
    const owner = `modules [${module.id}]`;
    for (const id of module.principles) if (!principleIds.has(id)) missing('principle', owner, id);
    for (const id of module.standards) if (!existsIn(standardIds, id)) missing('standard', owner, id);
    for (const id of module.checklists) if (!existsIn(checklistIds, id)) missing('checklist', owner, id);
  }

  // The self-assessment covers every question of the baseline questionnaire (Annex I).
  if (en.standards.length > 0) {
    for (const question of content.kinds.questionnaire.en) {
      if (coveringIndicators(question, en.standards).length === 0) {
        errors.push(`questionnaire [${question.id}] is not covered by any indicator (no indicator cites it)`);
      }
    }
  }

  // Coverage: once standards exist, every principle is put into practice by at least one.
  if (en.standards.length > 0) {
    const served = new Set(en.standards.flatMap((s) => s.principles));
    for (const id of principleIds) if (!served.has(id)) errors.push(`principles [${id}] is not served by any standard`);
  }

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
  return refs;
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

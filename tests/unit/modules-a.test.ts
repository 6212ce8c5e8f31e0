import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { dataDir, reportPath } from '../helpers/paths';

/**
 * Training modules M2–M5 (rights-based practice, counselling skills, CBT-informed support,
 * children and adolescents): the shape every module promises learners and trainers, and the
 * rule that Lantern writes in its own words.
 */
const moduleIds = ['M2', 'M3', 'M4', 'M5'];

const { content } = buildContent(readRawContent(dataDir));
const modules = content.kinds.modules.en.filter((m) => moduleIds.includes(m.id));

// The comparison ignores case, quote style, whitespace and punctuation, so a copied sentence with
// a changed comma still counts as copied. The PDF extraction splits hyphenated words across lines
// ("self-\nrespect"), which the report side joins again.
function words(text: string): string[] {
  const normalised = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ');
  return normalised.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

const runLength = 8;
const reportWords = words(readFileSync(reportPath, 'utf8').replace(/-\s+/g, '-'));
const reportRuns = new Set(
  reportWords.slice(0, reportWords.length - runLength + 1).map((_, i) => reportWords.slice(i, i + runLength).join(' ')),
);

/** Every run of eight words in `text` that also occurs in the report. */
function copiedRuns(text: string): string[] {
  const own = words(text);
  const runs: string[] = [];
  for (let i = 0; i + runLength <= own.length; i++) {
    const run = own.slice(i, i + runLength).join(' ');
    if (reportRuns.has(run)) runs.push(run);
  }
  return runs;
}

/** Every string a learner or trainer reads in a module's English file (IDs excluded). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key === 'id' ? [] : strings(inner)));
  }
  return [];
}

function englishText(id: string): string[] {
  const file = join(dataDir, 'modules', id.toLowerCase(), 'en.yaml');
  return strings(parse(readFileSync(file, 'utf8')));
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

it(`has modules ${moduleIds.join(', ')} in src/data/modules`, () => {
  expect(modules.map((m) => m.id)).toEqual(moduleIds);
});

describe.each(modules.map((m) => [m.id, m] as const))('training module %s', (id, module) => {
  it('has 3–5 objectives and 3–6 sections', () => {
    expect(module.objectives.length, `${id} objectives`).toBeGreaterThanOrEqual(3);
    expect(module.objectives.length, `${id} objectives`).toBeLessThanOrEqual(5);
    expect(module.sections.length, `${id} sections`).toBeGreaterThanOrEqual(3);
    expect(module.sections.length, `${id} sections`).toBeLessThanOrEqual(6);
  });

  it('has at least two scenarios, at least one of them a role-play, each with 2–4 questions', () => {
    expect(module.scenarios.length, `${id} scenarios`).toBeGreaterThanOrEqual(2);
    expect(module.scenarios.some((s) => s.kind === 'role-play'), `${id} has no role-play`).toBe(true);
    for (const scenario of module.scenarios) {
      const label = `${id} scenario ${scenario.id}`;
      expect(scenario.questions.length, label).toBeGreaterThanOrEqual(2);
      expect(scenario.questions.length, label).toBeLessThanOrEqual(4);
      expect(wordCount(scenario.body), `${label}: words`).toBeGreaterThanOrEqual(120);
      expect(wordCount(scenario.body), `${label}: words`).toBeLessThanOrEqual(250);
    }
  });

  it('has a knowledge check of at least six questions, numbered q1, q2, … in order', () => {
    expect(module.quiz.length, `${id} quiz`).toBeGreaterThanOrEqual(6);
    expect(module.quiz.map((q) => q.id)).toEqual(module.quiz.map((_, i) => `q${i + 1}`));
  });

  it('gives feedback on every option of every question, with one correct answer among distinct options', () => {
    for (const question of module.quiz) {
      const label = `${id}.${question.id}`;
      const optionIds = question.options.map((o) => o.id);
      expect(new Set(optionIds).size, `${label}: option IDs repeat`).toBe(optionIds.length);
      expect(optionIds, `${label}: the correct answer is not an option`).toContain(question.correct);
      for (const option of question.options) {
        expect(option.text?.trim(), `${label} option ${option.id}: no text`).toBeTruthy();
        expect(option.feedback?.trim(), `${label} option ${option.id}: no feedback`).toBeTruthy();
      }
    }
  });

  it('cites the report for every question, with a verbatim phrase the answer rests on', () => {
    for (const question of module.quiz) {
      expect(question.source.length, `${id}.${question.id}: no source`).toBeGreaterThan(0);
      expect(
        question.source.some((ref) => ref.evidence),
        `${id}.${question.id}: no source gives evidence`,
      ).toBe(true);
    }
  });

  it('has a session plan whose minutes add up to the module duration', () => {
    const planned = module.facilitator.plan.reduce((sum, step) => sum + step.minutes, 0);
    expect(planned, `${id}: plan minutes vs durationMinutes`).toBe(module.durationMinutes);
    expect(module.facilitator.materials.length, `${id} materials`).toBeGreaterThan(0);
    expect(module.facilitator.safety.length, `${id} safety notes`).toBeGreaterThanOrEqual(4);
  });

  it('has a one-page handout of 6–10 points', () => {
    expect(module.handout.points.length, `${id} handout`).toBeGreaterThanOrEqual(6);
    expect(module.handout.points.length, `${id} handout`).toBeLessThanOrEqual(10);
  });

  it('keeps section bodies to plain Markdown: no headings, links or raw HTML', () => {
    for (const section of module.sections) {
      const label = `${id} section ${section.id}`;
      expect(section.body, `${label}: heading`).not.toMatch(/^\s*#/m);
      expect(section.body, `${label}: link`).not.toMatch(/\]\(|https?:\/\//);
      expect(section.body, `${label}: HTML`).not.toMatch(/<[a-z/!]/i);
    }
  });

  it('copies no run of eight words from the report', () => {
    const copied = englishText(id).flatMap((text) => copiedRuns(text).map((run) => `"${run}" in: ${text.slice(0, 60)}…`));
    expect(copied, `${id} copies the report`).toEqual([]);
  });

  it('never labels people "victims" or "survivors" in its own voice (only inside quotation marks)', () => {
    const labelled = englishText(id).filter((text) =>
      /\b(victims?|survivors?)\b/i.test(text.replace(/"[^"]*"/g, '')),
    );
    expect(labelled, `${id} uses a label outside quotation marks`).toEqual([]);
  });
});

describe('the copy check itself', () => {
  it('finds a sentence taken from the report, even with changed case, spacing and punctuation', () => {
    expect(
      copiedRuns('Trafficked persons may face real fears of RETALIATION by their traffickers; aimed both at themselves'),
    ).not.toEqual([]);
  });

  it('finds a phrase that the PDF extraction split across a line break', () => {
    // "…restore their sense of self-\nrespect and ability to overcome…" in the literature review.
    expect(copiedRuns('help restore their sense of self-respect and ability to overcome anxiety')).not.toEqual([]);
  });

  it('passes Lantern’s own wording of the same idea', () => {
    expect(copiedRuns('After leaving, a person may still fear that the traffickers will take revenge.')).toEqual([]);
  });
});

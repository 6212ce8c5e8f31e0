import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { dataDir } from '../helpers/paths';

/**
 * Training modules M2–M5 (rights-based practice, counselling skills, CBT-informed support,
 * children and adolescents): the shape every module promises learners and trainers, and the
 * rule that Lantern writes in its own words.
 */
const moduleIds = ['M2', 'M3', 'M4', 'M5'];

const { content } = buildContent(readRawContent(dataDir));
const modules = content.kinds.modules.en.filter((m) => moduleIds.includes(m.id));

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

  it('never labels people "victims" or "survivors" in its own voice (only inside quotation marks)', () => {
    const labelled = englishText(id).filter((text) =>
      /\b(victims?|survivors?)\b/i.test(text.replace(/"[^"]*"/g, '')),
    );
    expect(labelled, `${id} uses a label outside quotation marks`).toEqual([]);
  });
});

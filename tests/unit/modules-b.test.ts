import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import type { Module } from '../../src/lib/content/schema';
import { dataDir } from '../helpers/paths';

/**
 * Training modules M6–M9 (case management, culture and community, reintegration, care for
 * carers): the shape every module must have (MODULES-BRIEF.md, issue 7), and Lantern's own words.
 */
const moduleIds = ['M6', 'M7', 'M8', 'M9'] as const;

/** The checklists each module teaches, as its brief asks. */
const expectedChecklists: Record<(typeof moduleIds)[number], string[]> = {
  M6: [
    'first-contact',
    'needs-assessment',
    'informed-consent',
    'case-file-security',
    'recovery-plan',
    'case-conference',
    'follow-up',
    'case-closure',
  ],
  M7: ['informed-consent', 'reintegration-readiness'],
  M8: ['reintegration-readiness', 'follow-up', 'case-closure'],
  M9: ['care-for-carers'],
};

const { content, errors } = buildContent(readRawContent(dataDir));
const english = new Map(content.kinds.modules.en.map((m) => [m.id, m]));

function moduleOf(id: string): Module {
  const found = english.get(id);
  if (!found) throw new Error(`module ${id} has no English entry in src/data/modules/`);
  return found;
}

describe('training modules M6–M9', () => {
  it('pass the schema, join and reference checks', () => {
    expect(errors.filter((e) => e.includes('modules'))).toEqual([]);
  });

  it('has objectives and three to six sections, each with a source', () => {
        const m = moduleOf(id);
        expect(m.objectives.length, `${id} objectives`).toBeGreaterThanOrEqual(3);
        expect(m.objectives.length, `${id} objectives`).toBeLessThanOrEqual(5);
        expect(m.sections.length, `${id} sections`).toBeGreaterThanOrEqual(3);
        expect(m.sections.length, `${id} sections`).toBeLessThanOrEqual(6);
        for (const s of m.sections) expect(s.source.length, `${id} section ${s.id} source`).toBeGreaterThan(0);
      });

      it('has at least two scenarios, one of them a role-play, each 120–250 words with 2–4 questions', () => {
        const m = moduleOf(id);
        expect(m.scenarios.length, `${id} scenarios`).toBeGreaterThanOrEqual(2);
        expect(m.scenarios.filter((s) => s.kind === 'role-play').length, `${id} role-plays`).toBeGreaterThanOrEqual(1);
        for (const s of m.scenarios) {
          const count = words(s.body).length;
          expect(count, `${id} scenario ${s.id} has ${count} words`).toBeGreaterThanOrEqual(120);
          expect(count, `${id} scenario ${s.id} has ${count} words`).toBeLessThanOrEqual(250);
          expect(s.questions.length, `${id} scenario ${s.id} questions`).toBeGreaterThanOrEqual(2);
          expect(s.questions.length, `${id} scenario ${s.id} questions`).toBeLessThanOrEqual(4);
        }
      });

      it('has at least six quiz questions, each with a source, feedback on every option and one correct answer', () => {
        const m = moduleOf(id);
        expect(m.quiz.length, `${id} quiz questions`).toBeGreaterThanOrEqual(6);
        for (const q of m.quiz) {
          const where = `${id} ${q.id}`;
          expect(q.source.length, `${where} source`).toBeGreaterThan(0);
          expect(q.options.length, `${where} options`).toBeGreaterThanOrEqual(3);
          expect(q.options.length, `${where} options`).toBeLessThanOrEqual(4);
          expect(q.options.filter((o) => o.id === q.correct), `${where} correct answer`).toHaveLength(1);
          for (const o of q.options) {
            expect(o.text?.trim(), `${where} option ${o.id} text`).toBeTruthy();
            expect(o.feedback?.trim(), `${where} option ${o.id} feedback`).toBeTruthy();
          }
        }
      });

      it('has a facilitator plan whose minutes add up to the module duration', () => {
        const m = moduleOf(id);
        const total = m.facilitator.plan.reduce((sum, step) => sum + step.minutes, 0);
        expect(total, `${id} plan adds up to ${total}, durationMinutes is ${m.durationMinutes}`).toBe(m.durationMinutes);
        expect(m.facilitator.materials.length, `${id} materials`).toBeGreaterThan(0);
        expect(m.facilitator.safety.length, `${id} safety notes`).toBeGreaterThan(0);
      });

      it('has a handout of six to ten points', () => {
        const m = moduleOf(id);
        expect(m.handout.points.length, `${id} handout points`).toBeGreaterThanOrEqual(6);
        expect(m.handout.points.length, `${id} handout points`).toBeLessThanOrEqual(10);
      });

      it('links the checklists it teaches', () => {
        expect([...moduleOf(id).checklists].sort()).toEqual([...expectedChecklists[id]].sort());
      });
    });
  }
});

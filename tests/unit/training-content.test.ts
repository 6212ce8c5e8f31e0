import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { moduleAnchors } from '../../src/lib/urls';
import { renderMarkdown } from '../../src/site/markdown';
import { dataDir } from '../helpers/paths';

/**
 * Every training module in src/data/modules, whoever wrote it, keeps the promises the training
 * pages make to learners and trainers (issue 7, MODULES-BRIEF.md).
 */
const { content, errors } = buildContent(readRawContent(dataDir));
const modules = content.kinds.modules.en;
const moduleFolders = readdirSync(join(dataDir, 'modules'), { withFileTypes: true }).filter((d) => d.isDirectory());

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

it('builds every module without schema, join or reference errors', () => {
  expect(errors.filter((e) => e.startsWith('modules'))).toEqual([]);
  expect(modules.length, 'modules in src/data/modules').toBe(moduleFolders.length);
  expect(modules.map((m) => m.id)).toContain('M1');
});

describe.each(modules.map((m) => [m.id, m] as const))('training module %s', (id, module) => {
  it('has 3–5 objectives and 3–6 sections, each with a source that quotes the report', () => {
    expect(module.objectives.length, `${id} objectives`).toBeGreaterThanOrEqual(3);
    expect(module.objectives.length, `${id} objectives`).toBeLessThanOrEqual(5);
    expect(module.sections.length, `${id} sections`).toBeGreaterThanOrEqual(3);
    expect(module.sections.length, `${id} sections`).toBeLessThanOrEqual(6);
    for (const section of module.sections) {
      expect(section.source.some((ref) => ref.evidence), `${id}.${section.id} has no source with evidence`).toBe(true);
    }
  });

  it('has at least two scenarios or role-plays, each 120–250 words with 2–4 discussion questions', () => {
    expect(module.scenarios.length, `${id} scenarios`).toBeGreaterThanOrEqual(2);
    for (const scenario of module.scenarios) {
      const count = words(scenario.body);
      expect(count, `${id}.${scenario.id} has ${count} words`).toBeGreaterThanOrEqual(120);
      expect(count, `${id}.${scenario.id} has ${count} words`).toBeLessThanOrEqual(250);
      expect(scenario.questions.length, `${id}.${scenario.id} questions`).toBeGreaterThanOrEqual(2);
      expect(scenario.questions.length, `${id}.${scenario.id} questions`).toBeLessThanOrEqual(4);
    }
  });

  it('has a knowledge check of at least six questions, numbered q1, q2, … in order', () => {
    expect(module.quiz.length, `${id} questions`).toBeGreaterThanOrEqual(6);
    expect(module.quiz.map((q) => q.id)).toEqual(module.quiz.map((_, i) => `q${i + 1}`));
  });

  it('gives every question 3–4 options, feedback on every option, and a cited source for its correct answer', () => {
    for (const question of module.quiz) {
      const label = `${id}.${question.id}`;
      expect(question.options.length, `${label} options`).toBeGreaterThanOrEqual(3);
      expect(question.options.length, `${label} options`).toBeLessThanOrEqual(4);
      for (const option of question.options) {
        expect(option.text?.trim(), `${label}.${option.id} has no text`).toBeTruthy();
        expect(option.feedback?.trim(), `${label}.${option.id} has no feedback`).toBeTruthy();
      }
      expect(question.options.filter((o) => o.id === question.correct), `${label} correct answer`).toHaveLength(1);
      expect(question.source.some((ref) => ref.evidence), `${label}: no source with evidence for the correct answer`).toBe(true);
    }
  });

  it('has facilitator notes whose session plan adds up to the module’s duration', () => {
    const planned = module.facilitator.plan.reduce((sum, step) => sum + step.minutes, 0);
    expect(planned, `${id}: plan adds up to ${planned} minutes, durationMinutes is ${module.durationMinutes}`).toBe(module.durationMinutes);
    expect(module.facilitator.materials.length, `${id} materials`).toBeGreaterThan(0);
    expect(module.facilitator.safety.length, `${id} safety notes`).toBeGreaterThan(0);
  });

  it('has a handout of 6–10 key points', () => {
    expect(module.handout.title.trim(), `${id} handout title`).toBeTruthy();
    expect(module.handout.points.length, `${id} handout points`).toBeGreaterThanOrEqual(6);
    expect(module.handout.points.length, `${id} handout points`).toBeLessThanOrEqual(10);
  });

  it('uses section and scenario slugs that are unique on the page and leave the page’s own anchors free', () => {
    const fixed: string[] = Object.values(moduleAnchors).flatMap((a) => (typeof a === 'string' ? [a] : []));
    const slugs = [...module.sections.map((s) => s.id), ...module.scenarios.map((s) => s.id)];
    expect(slugs.filter((slug, i) => slugs.indexOf(slug) !== i), `${id} repeated slugs`).toEqual([]);
    expect(slugs.filter((slug) => fixed.includes(slug) || /^quiz-/.test(slug)), `${id} slugs taken by the page`).toEqual([]);
  });

  it('writes its section and scenario bodies in the allowed Markdown (paragraphs, lists, bold, italic)', async () => {
    for (const item of [...module.sections, ...module.scenarios]) {
      await expect(renderMarkdown(item.body, `${id}.${item.id}`)).resolves.toMatch(/^<(p|ul|ol)>/);
    }
  });
});

describe('the Markdown check itself', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuse Markdown outside the subset, naming the entry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(renderMarkdown('## A heading\n\nText with <b>HTML</b> and [a link](https://example.org).', 'M9.example')).rejects.toThrow(
      /M9\.example: line 1: heading is not allowed.*html is not allowed.*link is not allowed/,
    );
  });
});

import * as z from 'zod/mini';
import { importFile, type AreaDefinition, type Rejection } from './storage';

/**
 * The agency self-assessment: answers to every indicator of the minimum standards, scores per
 * standard ("area") and overall, gaps and an action plan. Pure functions, unit- and
 * property-tested; the page (src/components/self-assessment/) only renders them.
 *
 * Scoring, as documented on the page: met = 2 points, partly = 1, not met = 0, out of 2 per
 * indicator; "not applicable" and unanswered indicators are left out. A score is the percentage of
 * the possible points, so an area where everything is not applicable has no score (not 0 %).
 * The overall score pools every answered, applicable indicator: it is not an average of areas.
 */

export const answerValues = ['met', 'partly', 'not-met', 'na'] as const;
export type AnswerValue = (typeof answerValues)[number];
const points: Record<Exclude<AnswerValue, 'na'>, number> = { met: 2, partly: 1, 'not-met': 0 };

export const LIMITS = { label: 80, participants: 300, note: 2000, owner: 120, fileBytes: 1_000_000 } as const;

const indicatorKey = z.string().check(z.regex(/^S\d{1,3}\.\d{1,3}$/));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const answer = z.object({
  value: z.enum(answerValues),
  note: z.optional(z.string().check(z.maxLength(LIMITS.note))),
});

const action = z.object({
  owner: z.optional(z.string().check(z.maxLength(LIMITS.owner))),
  target: z.optional(z.union([isoDate, z.literal('')])),
});

export const assessmentSchema = z.object({
  label: z.string().check(z.maxLength(LIMITS.label)),
  date: isoDate,
  participants: z.string().check(z.maxLength(LIMITS.participants)),
  /** Annex I, question 18: the agency's own rating of its services, 1 (not) to 5 (highly effective). */
  selfRating: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  answers: z.record(indicatorKey, answer),
  actions: z.record(indicatorKey, action),
  createdAt: z.string().check(z.maxLength(40)),
  updatedAt: z.string().check(z.maxLength(40)),
});
export type Assessment = z.infer<typeof assessmentSchema>;
export type Answer = z.infer<typeof answer>;

const assessmentsState = z.object({
  assessments: z.record(z.string().check(z.regex(/^a\d{1,6}$/)), assessmentSchema),
});
export type AssessmentsState = z.infer<typeof assessmentsState>;

/** Everything saved on the device: all of this agency's assessments. */
export const assessmentsArea: AreaDefinition<AssessmentsState> = {
  name: 'assessments',
  version: 1,
  schema: assessmentsState,
  empty: () => ({ assessments: {} }),
};

/** One assessment as an export file: re-importable, on any device and in any language. */
export const assessmentFile: AreaDefinition<Assessment> = {
  name: 'assessment',
  version: 1,
  schema: assessmentSchema,
  empty: () => newAssessment({ label: '', date: '1970-01-01', participants: '' }, new Date(0)),
};

export function newAssessment(
  details: Pick<Assessment, 'label' | 'date' | 'participants'> & { selfRating?: number },
  now: Date,
): Assessment {
  const stamp = now.toISOString();
  return {
    label: details.label.trim().slice(0, LIMITS.label),
    date: details.date,
    participants: details.participants.trim().slice(0, LIMITS.participants),
    ...(details.selfRating ? { selfRating: details.selfRating } : {}),
    answers: {},
    actions: {},
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function nextAssessmentId(state: AssessmentsState): string {
  let n = Object.keys(state.assessments).length + 1;
  while (state.assessments[`a${n}`]) n++;
  return `a${n}`;
}

/** Saved assessments, newest first by assessment date, then by creation. */
export function listAssessments(state: AssessmentsState): Array<[string, Assessment]> {
  return Object.entries(state.assessments).sort(
    ([, a], [, b]) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
}

export interface AreaScore {
  /** Percentage 0–100, or null when nothing applicable has been answered. */
  score: number | null;
  met: number;
  partly: number;
  notMet: number;
  notApplicable: number;
  unanswered: number;
  total: number;
}

export function scoreIndicators(indicatorIds: readonly string[], answers: Assessment['answers']): AreaScore {
  const result: AreaScore = { score: null, met: 0, partly: 0, notMet: 0, notApplicable: 0, unanswered: 0, total: indicatorIds.length };
  let earned = 0;
  let possible = 0;
  for (const id of indicatorIds) {
    const value = answers[id]?.value;
    if (!value) result.unanswered++;
    else if (value === 'na') result.notApplicable++;
    else {
      earned += points[value];
      possible += 2;
      if (value === 'met') result.met++;
      else if (value === 'partly') result.partly++;
      else result.notMet++;
    }
  }
  result.score = possible === 0 ? null : Math.round((earned / possible) * 100);
  return result;
}

/** The instrument: each area (a standard) with its indicator IDs, in order. */
export interface InstrumentArea {
  id: string;
  indicators: readonly string[];
}

export interface Results {
  overall: AreaScore;
  areas: Array<{ id: string } & AreaScore>;
  /** Areas scoring 80 % or more with every indicator answered. */
  strengths: string[];
  /** Indicators answered "not met" or "partly", most urgent first. */
  gaps: Array<{ indicator: string; area: string; value: 'not-met' | 'partly' }>;
}

export const STRENGTH_THRESHOLD = 80;

export function results(instrument: readonly InstrumentArea[], assessment: Assessment): Results {
  const areas = instrument.map((area) => ({ id: area.id, ...scoreIndicators(area.indicators, assessment.answers) }));
  const overall = scoreIndicators(
    instrument.flatMap((a) => a.indicators),
    assessment.answers,
  );
  const strengths = areas.filter((a) => a.score !== null && a.score >= STRENGTH_THRESHOLD && a.unanswered === 0).map((a) => a.id);
  const areaScore = new Map(areas.map((a) => [a.id, a.score ?? 100]));
  const order = new Map(instrument.flatMap((a) => a.indicators).map((id, index) => [id, index]));
  const gaps = instrument
    .flatMap((area) =>
      area.indicators.flatMap((indicator) => {
        const value = assessment.answers[indicator]?.value;
        return value === 'not-met' || value === 'partly' ? [{ indicator, area: area.id, value }] : [];
      }),
    )
    // Not met before partly; then the weakest areas first; then the order of the standards.
    .sort(
      (a, b) =>
        Number(a.value === 'partly') - Number(b.value === 'partly') ||
        areaScore.get(a.area)! - areaScore.get(b.area)! ||
        order.get(a.indicator)! - order.get(b.indicator)!,
    );
  return { overall, areas, strengths, gaps };
}

/** Change per area between an earlier and a later assessment, in percentage points. */
export function compare(
  instrument: readonly InstrumentArea[],
  earlier: Assessment,
  later: Assessment,
): Array<{ id: string; earlier: number | null; later: number | null; change: number | null }> {
  const rows = [...instrument, { id: 'overall', indicators: instrument.flatMap((a) => a.indicators) }];
  return rows.map((area) => {
    const before = scoreIndicators(area.indicators, earlier.answers).score;
    const after = scoreIndicators(area.indicators, later.answers).score;
    return { id: area.id, earlier: before, later: after, change: before === null || after === null ? null : after - before };
  });
}

/**
 * Adds an imported file to the saved assessments, as a new assessment. The file is untrusted: if
 * it is refused, the state returned is the very same object, so nothing on the device changes.
 */
export function importAssessment(
  state: AssessmentsState,
  text: string,
  now: Date,
): { ok: true; state: AssessmentsState; id: string } | { ok: false; state: AssessmentsState; rejection: Rejection } {
  const result = importFile(assessmentFile, text, LIMITS.fileBytes);
  if (!result.ok) return { ok: false, state, rejection: result.rejection };
  const id = nextAssessmentId(state);
  const imported = { ...result.value, updatedAt: now.toISOString() };
  return { ok: true, id, state: { assessments: { ...state.assessments, [id]: imported } } };
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────

/**
 * A cell a spreadsheet will show as text. Quotes are doubled and every cell is quoted; a cell that
 * begins with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so a spreadsheet
 * never runs it as a formula (CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** UTF-8 with a byte-order mark, so spreadsheets open Thai, Khmer, Lao, Burmese and Chinese correctly. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

import * as z from 'zod/mini';
import { importFile, type AreaDefinition, type Rejection } from '../storage';

/**
 * What a learner's study of the training modules leaves on their device: the `learning` area of
 * the storage module (src/lib/storage.ts). Everything is keyed by content ID (module `M1`, section
 * slug, question `q3`), never by URL, so progress made in one language shows in every language.
 *
 * Pure: every update takes the current value and returns a new one. Browser code loads, applies
 * and saves (src/components/training/learning-store.ts).
 */

/** A module's knowledge check is passed at this share of first answers correct. */
export const PASS_MARK = 0.8;
/** Import files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;
/** The longest name a learner can put on a certificate. */
export const MAX_NAME_LENGTH = 100;

const isoTime = z.iso.datetime();
const moduleKey = z.string().check(z.regex(/^M\d+$/));
const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const questionKey = z.string().check(z.regex(/^q\d+$/));
const optionKey = z.enum(['a', 'b', 'c', 'd', 'e']);

const attemptSchema = z
  .strictObject({
    /** When the last question of the attempt got its first answer. */
    at: isoTime,
    /** Questions whose first answer was right. */
    correct: z.int().check(z.minimum(0)),
    total: z.int().check(z.minimum(1)),
  })
  // The path names the field in an import error; the message itself is never shown.
  .check(z.refine((a) => a.correct <= a.total, { path: ['correct'] }));

const moduleProgressSchema = z.strictObject({
  /** Section ID → when the learner marked it read. */
  sectionsRead: z.record(slug, isoTime),
  /** Every finished attempt at the knowledge check, oldest first. */
  attempts: z.array(attemptSchema),
  /** The attempt in progress: the first answer to each question (which counts) and the latest. */
  current: z.optional(
    z.strictObject({
      startedAt: isoTime,
      updatedAt: isoTime,
      first: z.record(questionKey, optionKey),
      last: z.record(questionKey, optionKey),
    }),
  ),
  /** Where the learner last was, for "continue where you left off". */
  position: z.optional(
    z.strictObject({ kind: z.enum(['section', 'scenario', 'question']), id: slug, at: isoTime }),
  ),
});

export const learningSchema = z.strictObject({
  /** The learner's own name, for certificates. Never a name of a person being helped. */
  learner: z.optional(
    z.strictObject({ name: z.string().check(z.maxLength(MAX_NAME_LENGTH)), updatedAt: isoTime }),
  ),
  modules: z.record(moduleKey, moduleProgressSchema),
});

export type Learning = z.output<typeof learningSchema>;
export type ModuleProgress = z.output<typeof moduleProgressSchema>;
export type Attempt = z.output<typeof attemptSchema>;
export type Position = NonNullable<ModuleProgress['position']>;
export type OptionId = z.output<typeof optionKey>;

export const learningArea: AreaDefinition<Learning> = {
  name: 'learning',
  version: 1,
  schema: learningSchema,
  empty: () => ({ modules: {} }),
};

/** Checks a file chosen for import; nothing on the device changes here. */
export function readLearningFile(text: string): { ok: true; value: Learning } | { ok: false; rejection: Rejection } {
  return importFile(learningArea, text, MAX_IMPORT_BYTES);
}

export function emptyModuleProgress(): ModuleProgress {
  return { sectionsRead: {}, attempts: [] };
}

export function moduleProgress(learning: Learning, moduleId: string): ModuleProgress {
  return learning.modules[moduleId] ?? emptyModuleProgress();
}

function withModule(learning: Learning, moduleId: string, change: (progress: ModuleProgress) => ModuleProgress): Learning {
  return { ...learning, modules: { ...learning.modules, [moduleId]: change(moduleProgress(learning, moduleId)) } };
}

export function setSectionRead(learning: Learning, moduleId: string, sectionId: string, read: boolean, now: Date): Learning {
  return withModule(learning, moduleId, (progress) => {
    const { [sectionId]: _previous, ...others } = progress.sectionsRead;
    const sectionsRead = read ? { ...others, [sectionId]: progress.sectionsRead[sectionId] ?? now.toISOString() } : others;
    return { ...progress, sectionsRead };
  });
}

export function setPosition(learning: Learning, moduleId: string, kind: Position['kind'], id: string, now: Date): Learning {
  return withModule(learning, moduleId, (progress) => ({ ...progress, position: { kind, id, at: now.toISOString() } }));
}

export function setLearnerName(learning: Learning, name: string, now: Date): Learning {
  return { ...learning, learner: { name: name.slice(0, MAX_NAME_LENGTH), updatedAt: now.toISOString() } };
}

/** The part of a module's quiz the scoring needs: its question IDs and their correct options. */
export interface QuizKey {
  /** Question ID → correct option ID, in the quiz's order. */
  correct: Record<string, OptionId>;
}

export interface CheckOutcome {
  learning: Learning;
  correct: boolean;
  /** Set when this answer was the last first answer of the attempt: the attempt as recorded. */
  finished?: Attempt;
}

/**
 * Records an answer the learner checked. The first answer to each question is the one that
 * counts; later answers (after "try again") only change what the page shows. When every question
 * has a first answer, the attempt is scored and kept.
 */
export function checkAnswer(
  learning: Learning,
  moduleId: string,
  key: QuizKey,
  questionId: string,
  optionId: OptionId,
  now: Date,
): CheckOutcome {
  const time = now.toISOString();
  const questionIds = Object.keys(key.correct);
  let finished: Attempt | undefined;
  const updated = withModule(learning, moduleId, (progress) => {
    const current = progress.current ?? { startedAt: time, updatedAt: time, first: {}, last: {} };
    const wasComplete = questionIds.every((id) => current.first[id] !== undefined);
    const first = current.first[questionId] === undefined ? { ...current.first, [questionId]: optionId } : current.first;
    const next = { ...current, updatedAt: time, first, last: { ...current.last, [questionId]: optionId } };
    const isComplete = questionIds.every((id) => first[id] !== undefined);
    if (!wasComplete && isComplete) {
      finished = { at: time, correct: questionIds.filter((id) => first[id] === key.correct[id]).length, total: questionIds.length };
      return { ...progress, current: next, attempts: [...progress.attempts, finished] };
    }
    return { ...progress, current: next };
  });
  return { learning: updated, correct: key.correct[questionId] === optionId, finished };
}

/** "Try again" on one question: forgets the latest answer shown, keeps the first (which counts). */
export function clearLatestAnswer(learning: Learning, moduleId: string, questionId: string, now: Date): Learning {
  return withModule(learning, moduleId, (progress) => {
    if (!progress.current) return progress;
    const { [questionId]: _dropped, ...last } = progress.current.last;
    return { ...progress, current: { ...progress.current, updatedAt: now.toISOString(), last } };
  });
}

/** Starts a new attempt; finished attempts stay recorded. */
export function restartQuiz(learning: Learning, moduleId: string): Learning {
  return withModule(learning, moduleId, ({ current: _dropped, ...progress }) => progress);
}

export function scoreShare(attempt: Pick<Attempt, 'correct' | 'total'>): number {
  return attempt.total === 0 ? 0 : attempt.correct / attempt.total;
}

export function scorePercent(attempt: Pick<Attempt, 'correct' | 'total'>): number {
  return Math.round(scoreShare(attempt) * 100);
}

export function hasPassed(attempt: Pick<Attempt, 'correct' | 'total'>): boolean {
  return scoreShare(attempt) >= PASS_MARK;
}

/** How many of `total` questions a learner must get right first time to pass. */
export function passCount(total: number): number {
  return Math.ceil(PASS_MARK * total - 1e-9);
}

/** The best attempt: highest share correct; of equals, the earliest, when the score was first reached. */
export function bestAttempt(progress: ModuleProgress): Attempt | undefined {
  let best: Attempt | undefined;
  for (const attempt of progress.attempts) {
    if (!best) best = attempt;
    else {
      const difference = scoreShare(attempt) - scoreShare(best);
      if (difference > 0 || (difference === 0 && Date.parse(attempt.at) < Date.parse(best.at))) best = attempt;
    }
  }
  return best;
}

/** The first attempt that passed with the best passing score: what a certificate records. */
export function certificateAttempt(progress: ModuleProgress): Attempt | undefined {
  const best = bestAttempt(progress);
  return best && hasPassed(best) ? best : undefined;
}

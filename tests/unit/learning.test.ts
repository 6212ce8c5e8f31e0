import { describe, expect, it } from 'vitest';
import { toEnvelope } from '../../src/lib/storage';
import { moduleNumber, moduleStatus, positionAfter, resumeTarget, type ModuleSummary } from '../../src/lib/training/catalogue';
import { mergeLearning } from '../../src/lib/training/merge';
import {
  MAX_IMPORT_BYTES,
  bestAttempt,
  certificateAttempt,
  checkAnswer,
  clearLatestAnswer,
  learningArea,
  learningSchema,
  moduleProgress,
  passCount,
  readLearningFile,
  restartQuiz,
  scorePercent,
  setLearnerName,
  setPosition,
  setSectionRead,
  type Learning,
  type QuizKey,
} from '../../src/lib/training/progress';
import { fillTemplate, intlTagOf, numberFormats } from '../../src/lib/training/format';
import { describeProgress, type StatusStrings } from '../../src/lib/training/status-text';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 9, minute));
const iso = (minute: number) => at(minute).toISOString();
const empty = (): Learning => learningArea.empty();
const key: QuizKey = { correct: { q1: 'b', q2: 'a', q3: 'c' } };

/** Answers every question of `key` once, right or wrong as listed, starting at `minute`. */
function answerAll(learning: Learning, answers: Record<string, 'a' | 'b' | 'c'>, minute: number): Learning {
  return Object.entries(answers).reduce(
    (value, [question, option], index) => checkAnswer(value, 'M1', key, question, option, at(minute + index)).learning,
    learning,
  );
}

describe('the learning area schema (version 1)', () => {
  it('accepts empty learning and a full record', () => {
    expect(learningSchema.safeParse(empty()).success).toBe(true);
    const full: Learning = {
      learner: { name: 'Nita', updatedAt: iso(0) },
      modules: {
        M1: {
          sectionsRead: { 'normal-reactions': iso(1) },
          attempts: [{ at: iso(2), correct: 7, total: 8 }],
          current: { startedAt: iso(3), updatedAt: iso(4), first: { q1: 'a' }, last: { q1: 'b' } },
          position: { kind: 'question', id: 'q1', at: iso(4) },
        },
      },
    };
    expect(learningSchema.safeParse(full)).toEqual({ success: true, data: full });
  });

  it.each([
    ['a module keyed by URL instead of ID', { modules: { '/training/m1/': { sectionsRead: {}, attempts: [] } } }],
    ['a section read at a time that is not a time', { modules: { M1: { sectionsRead: { intro: 'yesterday' }, attempts: [] } } }],
    ['an attempt with more right answers than questions', { modules: { M1: { sectionsRead: {}, attempts: [{ at: iso(0), correct: 9, total: 8 }] } } }],
    ['an answer that is not an option', { modules: { M1: { sectionsRead: {}, attempts: [], current: { startedAt: iso(0), updatedAt: iso(0), first: { q1: 'z' }, last: {} } } } }],
    ['a name longer than 100 characters', { learner: { name: 'x'.repeat(101), updatedAt: iso(0) }, modules: {} }],
    ['an unknown field', { modules: {}, score: 100 }],
  ])('refuses %s', (_, value) => {
    expect(learningSchema.safeParse(value).success).toBe(false);
  });
});

describe('recording learning', () => {
  it('marks a section read and unread by its ID, keeping the first time it was marked', () => {
    let learning = setSectionRead(empty(), 'M1', 'normal-reactions', true, at(1));
    learning = setSectionRead(learning, 'M1', 'normal-reactions', true, at(5));
    expect(moduleProgress(learning, 'M1').sectionsRead).toEqual({ 'normal-reactions': iso(1) });
    learning = setSectionRead(learning, 'M1', 'normal-reactions', false, at(6));
    expect(moduleProgress(learning, 'M1').sectionsRead).toEqual({});
  });

  it('counts the first answer to each question, and scores the attempt once every question has one', () => {
    let outcome = checkAnswer(empty(), 'M1', key, 'q1', 'a', at(1));
    expect(outcome).toMatchObject({ correct: false, finished: undefined });
    outcome = checkAnswer(outcome.learning, 'M1', key, 'q1', 'b', at(2));
    expect(outcome.correct).toBe(true);
    expect(moduleProgress(outcome.learning, 'M1').current).toMatchObject({ first: { q1: 'a' }, last: { q1: 'b' } });
    outcome = checkAnswer(outcome.learning, 'M1', key, 'q2', 'a', at(3));
    outcome = checkAnswer(outcome.learning, 'M1', key, 'q3', 'c', at(4));
    expect(outcome.finished).toEqual({ at: iso(4), correct: 2, total: 3 });
    // Answers after the attempt is scored change what is shown, never the score.
    outcome = checkAnswer(outcome.learning, 'M1', key, 'q1', 'b', at(5));
    expect(outcome.finished).toBeUndefined();
    expect(moduleProgress(outcome.learning, 'M1').attempts).toEqual([{ at: iso(4), correct: 2, total: 3 }]);
  });

  it('"try again" forgets the latest answer but not the first', () => {
    let learning = checkAnswer(empty(), 'M1', key, 'q1', 'a', at(1)).learning;
    learning = clearLatestAnswer(learning, 'M1', 'q1', at(2));
    expect(moduleProgress(learning, 'M1').current).toMatchObject({ first: { q1: 'a' }, last: {} });
  });

  it('starts a new attempt and keeps the finished ones', () => {
    let learning = answerAll(empty(), { q1: 'a', q2: 'a', q3: 'c' }, 1);
    learning = restartQuiz(learning, 'M1');
    expect(moduleProgress(learning, 'M1').current).toBeUndefined();
    learning = answerAll(learning, { q1: 'b', q2: 'a', q3: 'c' }, 10);
    const progress = moduleProgress(learning, 'M1');
    expect(progress.attempts.map((a) => a.correct)).toEqual([2, 3]);
    expect(bestAttempt(progress)).toEqual({ at: iso(12), correct: 3, total: 3 });
  });

  it('passes at 80%: 5 of 6, 7 of 8, not 4 of 6', () => {
    expect(passCount(6)).toBe(5);
    expect(passCount(8)).toBe(7);
    expect(passCount(10)).toBe(8);
    const progress = (correct: number, total: number) => ({ sectionsRead: {}, attempts: [{ at: iso(0), correct, total }] });
    expect(certificateAttempt(progress(5, 6))).toBeDefined();
    expect(certificateAttempt(progress(4, 6))).toBeUndefined();
    expect(scorePercent({ correct: 7, total: 8 })).toBe(88);
  });

  it('chooses the earliest of equally good attempts for the certificate', () => {
    const progress = {
      sectionsRead: {},
      attempts: [
        { at: iso(1), correct: 5, total: 6 },
        { at: iso(2), correct: 6, total: 6 },
        { at: iso(3), correct: 6, total: 6 },
      ],
    };
    expect(certificateAttempt(progress)).toEqual({ at: iso(2), correct: 6, total: 6 });
  });

  it('keeps the learner’s name within the limit', () => {
    expect(setLearnerName(empty(), 'y'.repeat(150), at(0)).learner?.name).toHaveLength(100);
  });
});

describe('merging learning from another device', () => {
  const here: Learning = {
    learner: { name: 'Nita', updatedAt: iso(1) },
    modules: {
      M1: {
        sectionsRead: { 'normal-reactions': iso(10), 'intervention-pyramid': iso(3) },
        attempts: [{ at: iso(20), correct: 5, total: 8 }],
        current: { startedAt: iso(30), updatedAt: iso(31), first: { q1: 'a' }, last: { q1: 'a' } },
        position: { kind: 'section', id: 'normal-reactions', at: iso(31) },
      },
    },
  };
  const there: Learning = {
    learner: { name: 'Nita S.', updatedAt: iso(5) },
    modules: {
      M1: {
        sectionsRead: { 'normal-reactions': iso(2), 'resilience-and-strengths': iso(4) },
        attempts: [
          { at: iso(20), correct: 5, total: 8 },
          { at: iso(25), correct: 8, total: 8 },
        ],
        current: { startedAt: iso(26), updatedAt: iso(27), first: { q1: 'b', q2: 'a' }, last: { q1: 'b', q2: 'a' } },
        position: { kind: 'question', id: 'q2', at: iso(27) },
      },
      M2: { sectionsRead: { 'nine-rights': iso(6) }, attempts: [] },
    },
  };

  it('keeps every section read, every attempt, the more advanced quiz, and the newer place and name', () => {
    expect(mergeLearning(here, there)).toEqual({
      learner: { name: 'Nita S.', updatedAt: iso(5) },
      modules: {
        M1: {
          sectionsRead: { 'normal-reactions': iso(2), 'intervention-pyramid': iso(3), 'resilience-and-strengths': iso(4) },
          attempts: [
            { at: iso(20), correct: 5, total: 8 },
            { at: iso(25), correct: 8, total: 8 },
          ],
          current: there.modules.M1!.current,
          position: here.modules.M1!.position,
        },
        M2: there.modules.M2,
      },
    });
  });

  it('gives the same result whichever side is on this device', () => {
    expect(mergeLearning(there, here)).toEqual(mergeLearning(here, there));
  });

  it('changes nothing when the same learning is merged again', () => {
    const once = mergeLearning(here, there);
    expect(mergeLearning(once, there)).toEqual(once);
    expect(mergeLearning(once, once)).toEqual(once);
    expect(mergeLearning(here, empty())).toEqual(here);
  });

  it('never loses a pass: the best attempt of either side survives', () => {
    const merged = mergeLearning(here, there);
    expect(certificateAttempt(moduleProgress(merged, 'M1'))).toEqual({ at: iso(25), correct: 8, total: 8 });
  });

  it('produces learning that passes the schema', () => {
    expect(learningSchema.safeParse(mergeLearning(here, there)).success).toBe(true);
  });
});

describe('importing a learning file', () => {
  const valid = () => JSON.stringify(toEnvelope(learningArea, { modules: { M1: { sectionsRead: { 'normal-reactions': iso(1) }, attempts: [] } } }));
  const reason = (text: string) => {
    const result = readLearningFile(text);
    return result.ok ? 'accepted' : result.rejection.reason;
  };

  it('accepts an export of the learning area', () => {
    expect(readLearningFile(valid())).toEqual({ ok: true, value: { modules: { M1: { sectionsRead: { 'normal-reactions': iso(1) }, attempts: [] } } } });
  });

  it('refuses malformed, truncated, oversized, foreign, wrong-kind, newer and invalid files', () => {
    expect(reason('this is not JSON')).toBe('not-json');
    expect(reason(valid().slice(0, 40))).toBe('not-json');
    expect(reason(valid().replace('}', `,"padding":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`))).toBe('too-large');
    expect(reason(JSON.stringify({ modules: {} }))).toBe('not-lantern');
    expect(reason(JSON.stringify({ app: 'lantern', kind: 'checklists', version: 1, savedAt: iso(0), data: {} }))).toBe('wrong-kind');
    expect(reason(JSON.stringify({ app: 'lantern', kind: 'learning', version: 2, savedAt: iso(0), data: { modules: {} } }))).toBe('newer-version');
    expect(reason(JSON.stringify({ app: 'lantern', kind: 'learning', version: 1, savedAt: iso(0), data: { modules: { M1: { attempts: 'lots' } } } }))).toBe('invalid');
  });
});

describe('progress shown on the overview and "My learning"', () => {
  const summary: ModuleSummary = {
    id: 'M1',
    title: 'Understanding trafficking',
    href: '/km/training/m1/',
    certificateHref: '/km/training/m1/certificate/',
    sections: [
      { id: 'psychosocial-and-mental-health', title: 'Psychosocial support' },
      { id: 'normal-reactions', title: 'Normal reactions' },
    ],
    scenarios: [{ id: 'a-new-arrival-who-cannot-sleep', title: 'A new arrival' }],
    questions: [
      { id: 'q1', number: 1 },
      { id: 'q2', number: 2 },
      { id: 'q3', number: 3 },
    ],
  };

  it('counts sections read and questions answered in the attempt under way', () => {
    let learning = setSectionRead(empty(), 'M1', 'normal-reactions', true, at(1));
    learning = checkAnswer(learning, 'M1', key, 'q1', 'b', at(2)).learning;
    expect(moduleStatus(summary, learning)).toEqual({ sectionsRead: 1, sectionsTotal: 2, best: undefined, passed: false, answered: 1, attempts: 0 });
    learning = answerAll(learning, { q2: 'a', q3: 'c' }, 3);
    expect(moduleStatus(summary, learning)).toMatchObject({ passed: true, answered: 0, attempts: 1, best: { correct: 3, total: 3 } });
  });

  it('resumes at the last place, in the page’s own language, or at the first unread section', () => {
    expect(resumeTarget(summary, empty())).toBeUndefined();
    let learning = setSectionRead(empty(), 'M1', 'psychosocial-and-mental-health', true, at(1));
    expect(resumeTarget(summary, learning)).toEqual({ href: '/km/training/m1/#normal-reactions', label: { kind: 'section', title: 'Normal reactions' } });
    learning = setPosition(learning, 'M1', 'question', 'q2', at(2));
    expect(resumeTarget(summary, learning)).toEqual({ href: '/km/training/m1/#quiz-q2', label: { kind: 'question', number: 2 } });
    learning = setPosition(learning, 'M1', 'scenario', 'a-new-arrival-who-cannot-sleep', at(3));
    expect(resumeTarget(summary, learning)?.label).toEqual({ kind: 'scenario', title: 'A new arrival' });
  });
});

describe('messages filled in by scripts', () => {
  it('format numbers and percentages in the page’s language, English the British way', () => {
    expect(numberFormats('en').percent(7 / 8)).toBe('88%');
    expect(numberFormats('my').number(12)).toBe('၁၂');
    expect(intlTagOf('en')).toBe('en-GB');
    expect(intlTagOf('zh-CN')).toBe('zh-CN');
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(fillTemplate('{{correct}} of {{ total }} ({{percent}}%) {{other}}', { correct: 7, total: 8, percent: 88 })).toBe('7 of 8 (88%) {{other}}');
  });
});

describe('the place to continue from', () => {
  const summary: ModuleSummary = {
    id: 'M1',
    title: 'M1',
    href: '/training/m1/',
    certificateHref: '/training/m1/certificate/',
    sections: [{ id: 'one', title: 'One' }, { id: 'two', title: 'Two' }],
    scenarios: [{ id: 'case', title: 'Case' }],
    questions: [{ id: 'q1', number: 1 }, { id: 'q2', number: 2 }],
  };

  it('moves on from a section read to the next section, then to the scenarios', () => {
    expect(positionAfter(summary, 'section', 'one')).toEqual({ kind: 'section', id: 'two' });
    expect(positionAfter(summary, 'section', 'two')).toEqual({ kind: 'scenario', id: 'case' });
    expect(positionAfter({ ...summary, scenarios: [] }, 'section', 'two')).toEqual({ kind: 'question', id: 'q1' });
  });

  it('moves on from a question answered to the next, staying at the last', () => {
    expect(positionAfter(summary, 'question', 'q1')).toEqual({ kind: 'question', id: 'q2' });
    expect(positionAfter(summary, 'question', 'q2')).toEqual({ kind: 'question', id: 'q2' });
  });

  it('numbers modules from their IDs', () => {
    expect(moduleNumber('M9')).toBe(9);
    expect(() => moduleNumber('S1')).toThrow(/Not a module ID/);
  });
});

describe('progress described in words', () => {
  const english = numberFormats('en');
  const strings: StatusStrings = {
    notStarted: 'Not started.',
    sections: '{{read}} of {{total}} read.',
    quizNotTaken: 'Check not taken.',
    quizAnswering: 'Check under way: {{answered}} of {{total}}.',
    quizRetrying: 'New attempt: {{answered}} of {{total}}.',
    quizPassed: 'Passed, best {{percent}}.',
    quizNotPassed: 'Best {{percent}}, pass mark {{pass}}.',
    resumeSection: 'Continue: {{title}}',
    resumeQuestion: 'Continue: question {{number}}',
    certificate: 'Certificate',
  };
  const summary: ModuleSummary = {
    id: 'M1',
    title: 'M1',
    href: '/training/m1/',
    certificateHref: '/training/m1/certificate/',
    sections: [{ id: 'one', title: 'One' }, { id: 'two', title: 'Two' }],
    scenarios: [],
    questions: [{ id: 'q1', number: 1 }, { id: 'q2', number: 2 }, { id: 'q3', number: 3 }],
  };

  it('says when nothing is started, and offers no link', () => {
    expect(describeProgress(summary, empty(), strings, english)).toEqual({ started: false, text: 'Not started.', resume: undefined, certificate: undefined });
  });

  it('keeps a pass in view while a new attempt is under way, with the certificate', () => {
    let learning = answerAll(empty(), { q1: 'b', q2: 'a', q3: 'c' }, 1);
    learning = restartQuiz(learning, 'M1');
    learning = checkAnswer(learning, 'M1', key, 'q1', 'a', at(9)).learning;
    learning = setPosition(learning, 'M1', 'question', 'q2', at(9));
    expect(describeProgress(summary, learning, strings, english)).toEqual({
      started: true,
      text: '0 of 2 read. Passed, best 100%. New attempt: 1 of 3.',
      resume: { href: '/training/m1/#quiz-q2', label: 'Continue: question 2' },
      certificate: { href: '/training/m1/certificate/', label: 'Certificate' },
    });
  });

  it('gives the best score and the pass mark when not yet passed', () => {
    const learning = setSectionRead(answerAll(empty(), { q1: 'a', q2: 'b', q3: 'c' }, 1), 'M1', 'one', true, at(5));
    expect(describeProgress(summary, learning, strings, english)).toMatchObject({
      text: '1 of 2 read. Best 33%, pass mark 80%.',
      resume: { href: '/training/m1/#two', label: 'Continue: Two' },
      certificate: undefined,
    });
  });
});

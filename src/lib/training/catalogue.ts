import { moduleAnchors } from '../urls';
import { bestAttempt, hasPassed, moduleProgress, type Attempt, type Learning } from './progress';

/**
 * What the overview and "My learning" pages need to know about each module to show progress
 * from what is saved on the device. Pages render it as JSON for their scripts.
 */
export interface ModuleSummary {
  id: string;
  title: string;
  /** The module page in the page's language. */
  href: string;
  certificateHref: string;
  sections: Array<{ id: string; title: string }>;
  scenarios: Array<{ id: string; title: string }>;
  questions: Array<{ id: string; number: number }>;
}

export interface ModuleStatus {
  sectionsRead: number;
  sectionsTotal: number;
  best?: Attempt;
  passed: boolean;
  /** Questions with an answer in the attempt in progress (0 when none is under way). */
  answered: number;
  attempts: number;
}

export function moduleStatus(summary: ModuleSummary, learning: Learning): ModuleStatus {
  const progress = moduleProgress(learning, summary.id);
  const best = bestAttempt(progress);
  const firstAnswers = progress.current?.first ?? {};
  const questionIds = summary.questions.map((q) => q.id);
  const answered = questionIds.filter((id) => firstAnswers[id] !== undefined).length;
  return {
    sectionsRead: summary.sections.filter((s) => progress.sectionsRead[s.id]).length,
    sectionsTotal: summary.sections.length,
    best,
    passed: best !== undefined && hasPassed(best),
    answered: answered === questionIds.length ? 0 : answered,
    attempts: progress.attempts.length,
  };
}

export interface ResumeTarget {
  href: string;
  /** The title of the section or scenario, or the question number, to name the link. */
  label: { kind: 'section' | 'scenario'; title: string } | { kind: 'question'; number: number };
}

/**
 * Where "continue where you left off" leads: the place the learner was last; failing that, the
 * first section not yet read. Nothing before the learner has started, or when there is no place
 * to go back to (every section read and no last place saved).
 */
export function resumeTarget(summary: ModuleSummary, learning: Learning): ResumeTarget | undefined {
  const progress = moduleProgress(learning, summary.id);
  const position = progress.position;
  if (position) {
    if (position.kind === 'question') {
      const question = summary.questions.find((q) => q.id === position.id);
      if (question) return { href: `${summary.href}#${moduleAnchors.question(question.id)}`, label: { kind: 'question', number: question.number } };
    } else {
      const list = position.kind === 'section' ? summary.sections : summary.scenarios;
      const found = list.find((item) => item.id === position.id);
      if (found) return { href: `${summary.href}#${found.id}`, label: { kind: position.kind, title: found.title } };
    }
  }
  const started = Object.keys(progress.sectionsRead).length > 0 || progress.attempts.length > 0 || progress.current;
  if (!started) return undefined;
  const unread = summary.sections.find((s) => !progress.sectionsRead[s.id]);
  if (unread) return { href: `${summary.href}#${unread.id}`, label: { kind: 'section', title: unread.title } };
  return undefined;
}

/**
 * Where the learner should continue after finishing a step: the next section after one marked
 * read (then the scenarios, then the quiz), or the next question after one answered. Reading alone
 * does not move the place, so opening a module to look something up never loses it.
 */
export function positionAfter(
  summary: ModuleSummary,
  kind: 'section' | 'question',
  id: string,
): { kind: 'section' | 'scenario' | 'question'; id: string } {
  if (kind === 'question') {
    const index = summary.questions.findIndex((q) => q.id === id);
    return { kind: 'question', id: summary.questions[index + 1]?.id ?? id };
  }
  const next = summary.sections[summary.sections.findIndex((s) => s.id === id) + 1];
  if (next) return { kind: 'section', id: next.id };
  const firstScenario = summary.scenarios[0];
  if (firstScenario) return { kind: 'scenario', id: firstScenario.id };
  const firstQuestion = summary.questions[0];
  return firstQuestion ? { kind: 'question', id: firstQuestion.id } : { kind: 'section', id };
}

/** `M4` → 4, for titles such as "Module 4". */
export function moduleNumber(id: string): number {
  const match = /^M(\d+)$/.exec(id);
  if (!match) throw new Error(`Not a module ID: "${id}"`);
  return Number(match[1]);
}

import { moduleStatus, resumeTarget, type ModuleSummary } from './catalogue';
import { fillTemplate, type NumberFormats } from './format';
import { PASS_MARK, scoreShare, type Learning } from './progress';

/** The messages a page gives its scripts to describe progress (src/i18n/training, `status.*`). */
export interface StatusStrings {
  notStarted: string;
  sections: string;
  quizNotTaken: string;
  quizAnswering: string;
  quizRetrying: string;
  quizPassed: string;
  quizNotPassed: string;
  resumeSection: string;
  resumeQuestion: string;
  certificate: string;
}

export interface ProgressDescription {
  started: boolean;
  /** One sentence or two: sections read and where the knowledge check stands. */
  text: string;
  resume?: { href: string; label: string };
  certificate?: { href: string; label: string };
}

/** A module's progress on this device, in the learner's words, for the overview and My learning. */
export function describeProgress(
  summary: ModuleSummary,
  learning: Learning,
  s: StatusStrings,
  format: NumberFormats,
): ProgressDescription {
  const status = moduleStatus(summary, learning);
  const started = status.sectionsRead > 0 || status.attempts > 0 || status.answered > 0;
  const quiz: string[] = [];
  if (status.best && status.passed) quiz.push(fillTemplate(s.quizPassed, { percent: format.percent(scoreShare(status.best)) }));
  else if (status.best) {
    quiz.push(fillTemplate(s.quizNotPassed, { percent: format.percent(scoreShare(status.best)), pass: format.percent(PASS_MARK) }));
  }
  const answered = { answered: format.number(status.answered), total: format.number(summary.questions.length) };
  if (status.answered > 0) quiz.push(fillTemplate(status.best ? s.quizRetrying : s.quizAnswering, answered));
  if (quiz.length === 0) quiz.push(s.quizNotTaken);
  const target = resumeTarget(summary, learning);
  return {
    started,
    text: started
      ? [fillTemplate(s.sections, { read: format.number(status.sectionsRead), total: format.number(status.sectionsTotal) }), ...quiz].join(' ')
      : s.notStarted,
    resume: target && {
      href: target.href,
      label:
        target.label.kind === 'question'
          ? fillTemplate(s.resumeQuestion, { number: format.number(target.label.number) })
          : fillTemplate(s.resumeSection, { title: target.label.title }),
    },
    certificate: status.passed ? { href: summary.certificateHref, label: s.certificate } : undefined,
  };
}

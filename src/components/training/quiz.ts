import { fillTemplate, numberFormats } from '../../lib/training/format';
import {
  PASS_MARK,
  bestAttempt,
  checkAnswer,
  clearLatestAnswer,
  hasPassed,
  moduleProgress,
  passCount,
  restartQuiz,
  scorePercent,
  scoreShare,
  setPosition,
  type OptionId,
  type QuizKey,
} from '../../lib/training/progress';
import { learning, onLearningChange, stringsOf, updateLearning } from './learning-store';

type Key =
  | 'check'
  | 'tryAgain'
  | 'next'
  | 'toResult'
  | 'chooseFirst'
  | 'correct'
  | 'incorrect'
  | 'announce'
  | 'resultScore'
  | 'resultPassed'
  | 'resultNotPassed'
  | 'resultBest';

/** What the action button under a question does now; its label says the same. */
type Mode = 'check' | 'retry' | 'next';

interface QuestionView {
  id: string;
  number: number;
  element: HTMLElement;
  radios: HTMLInputElement[];
  feedback: HTMLElement;
  action: HTMLButtonElement;
  mode: Mode;
}

/**
 * The knowledge check. The button under each question changes role (check → try again or next
 * question) rather than being replaced, so keyboard focus stays where the learner is. Feedback is
 * shown as text under the question, marked by words and a symbol as well as colour, and announced
 * through one polite live region. Correct answers and feedback come from the answer key the page
 * renders for readers without JavaScript, which the script then hides.
 */
class Quiz extends HTMLElement {
  readonly #moduleId = this.dataset.module!;
  readonly #strings = stringsOf<Key>(this);
  readonly #format = numberFormats(document.documentElement.lang);
  readonly #answerKey = this.querySelector<HTMLDetailsElement>('[data-answer-key]')!;
  readonly #announcer = this.querySelector<HTMLElement>('[data-announcer]')!;
  readonly #result = this.querySelector<HTMLElement>('[data-result]')!;
  readonly #key: QuizKey = { correct: {} };
  readonly #questions: QuestionView[] = [];

  connectedCallback(): void {
    for (const element of this.querySelectorAll<HTMLElement>('.lantern-question[data-question]')) {
      const id = element.dataset.question!;
      const correct = this.#answerKey.querySelector<HTMLElement>(`li[data-question="${id}"] li[data-correct]`);
      this.#key.correct[id] = correct?.dataset.option as OptionId;
      const view: QuestionView = {
        id,
        number: Number(element.dataset.number),
        element,
        radios: [...element.querySelectorAll<HTMLInputElement>('input[type="radio"]')],
        feedback: element.querySelector<HTMLElement>('[data-feedback]')!,
        action: element.querySelector<HTMLButtonElement>('[data-action]')!,
        mode: 'check',
      };
      view.action.addEventListener('click', () => this.#act(view));
      for (const radio of view.radios) radio.addEventListener('change', () => this.#changed(view));
      view.action.parentElement!.hidden = false;
      this.#questions.push(view);
    }
    this.querySelector('[data-restart]')!.addEventListener('click', () => this.#restart());
    this.#answerKey.hidden = true;
    this.#render();
    onLearningChange(() => this.#render());
  }

  #render(): void {
    const current = moduleProgress(learning(), this.#moduleId).current;
    for (const view of this.#questions) {
      const last = current?.last[view.id] as OptionId | undefined;
      if (last) {
        const right = last === this.#key.correct[view.id];
        for (const radio of view.radios) {
          radio.checked = radio.value === last;
          radio.disabled = right;
        }
        this.#showFeedback(view, last);
        this.#setMode(view, right ? 'next' : 'retry');
      } else {
        for (const radio of view.radios) radio.disabled = false;
        if (view.mode !== 'check') for (const radio of view.radios) radio.checked = false;
        view.feedback.replaceChildren();
        this.#setMode(view, 'check');
      }
    }
    this.#renderResult();
  }

  #act(view: QuestionView): void {
    if (view.mode === 'check') this.#check(view);
    else if (view.mode === 'retry') this.#retry(view);
    else this.#moveOn(view);
  }

  #check(view: QuestionView): void {
    const chosen = view.radios.find((radio) => radio.checked)?.value as OptionId | undefined;
    if (!chosen) {
      view.feedback.replaceChildren(paragraph(this.#strings.chooseFirst));
      this.#announce(this.#strings.chooseFirst);
      return;
    }
    const next = this.#questions[this.#questions.indexOf(view) + 1] ?? view;
    let finished = false;
    updateLearning((value) => {
      const outcome = checkAnswer(value, this.#moduleId, this.#key, view.id, chosen, new Date());
      finished = outcome.finished !== undefined;
      return setPosition(outcome.learning, this.#moduleId, 'question', next.id, new Date());
    });
    const right = chosen === this.#key.correct[view.id];
    const message = fillTemplate(this.#strings.announce, {
      number: this.#format.number(view.number),
      verdict: right ? this.#strings.correct : this.#strings.incorrect,
      feedback: this.#feedbackText(view.id, chosen),
    });
    this.#announce(finished ? `${message} ${this.#result.querySelector('[data-score]')!.textContent}` : message);
  }

  /** A wrong answer stays on screen until the learner picks another option or asks to try again. */
  #changed(view: QuestionView): void {
    if (view.mode === 'retry') {
      // Switch mode first, so the re-render that follows the save keeps the new choice.
      this.#setMode(view, 'check');
      updateLearning((value) => clearLatestAnswer(value, this.#moduleId, view.id, new Date()));
    } else if (view.mode === 'check') view.feedback.replaceChildren();
  }

  #retry(view: QuestionView): void {
    updateLearning((value) => clearLatestAnswer(value, this.#moduleId, view.id, new Date()));
    for (const radio of view.radios) radio.checked = false;
    view.radios[0]?.focus();
  }

  #moveOn(view: QuestionView): void {
    const after = this.#questions.slice(this.#questions.indexOf(view) + 1);
    const open = [...after, ...this.#questions].find((q) => q.mode !== 'next');
    if (!this.#result.hidden && !after.some((q) => q.mode !== 'next')) this.#result.querySelector<HTMLElement>('h3')!.focus();
    else (open?.radios.find((r) => r.checked) ?? open?.radios[0])?.focus();
  }

  #restart(): void {
    updateLearning((value) => restartQuiz(value, this.#moduleId));
    for (const view of this.#questions) for (const radio of view.radios) radio.checked = false;
    this.#questions[0]?.radios[0]?.focus();
  }

  #setMode(view: QuestionView, mode: Mode): void {
    view.mode = mode;
    const isLast = view === this.#questions[this.#questions.length - 1];
    const labels: Record<Mode, string> = {
      check: this.#strings.check,
      retry: this.#strings.tryAgain,
      next: isLast ? this.#strings.toResult : this.#strings.next,
    };
    view.action.textContent = labels[mode];
  }

  #showFeedback(view: QuestionView, option: OptionId): void {
    const right = option === this.#key.correct[view.id];
    const verdict = document.createElement('p');
    verdict.className = right ? 'lantern-verdict--right' : 'lantern-verdict--wrong';
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = right ? '✓ ' : '✗ ';
    const word = document.createElement('strong');
    word.textContent = right ? this.#strings.correct : this.#strings.incorrect;
    verdict.append(mark, word, ` ${this.#feedbackText(view.id, option)}`);
    view.feedback.replaceChildren(verdict);
  }

  #feedbackText(questionId: string, option: string): string {
    return (
      this.#answerKey.querySelector(`li[data-question="${questionId}"] li[data-option="${option}"] [data-option-feedback]`)?.textContent ?? ''
    );
  }

  #renderResult(): void {
    const progress = moduleProgress(learning(), this.#moduleId);
    const first = progress.current?.first ?? {};
    const ids = this.#questions.map((q) => q.id);
    const complete = ids.length > 0 && ids.every((id) => first[id] !== undefined);
    this.#result.hidden = !complete;
    if (!complete) return;
    const total = ids.length;
    const correct = ids.filter((id) => first[id] === this.#key.correct[id]).length;
    const attempt = { correct, total };
    const s = this.#strings;
    const { number, percent } = this.#format;
    const best = bestAttempt(progress);
    this.#result.querySelector('[data-score]')!.textContent = fillTemplate(s.resultScore, {
      correct: number(correct),
      total: number(total),
      percent: percent(scoreShare(attempt)),
    });
    this.#result.querySelector('[data-verdict]')!.textContent = hasPassed(attempt)
      ? s.resultPassed
      : fillTemplate(s.resultNotPassed, { pass: percent(PASS_MARK), needed: number(passCount(total)), total: number(total) });
    this.#result.querySelector('[data-best]')!.textContent =
      best && scorePercent(best) !== scorePercent(attempt) ? fillTemplate(s.resultBest, { percent: percent(scoreShare(best)) }) : '';
    this.#result.querySelector<HTMLElement>('[data-certificate]')!.hidden = !(best && hasPassed(best));
  }

  #announce(message: string): void {
    // Clearing first makes screen readers announce a message even when it repeats the last one.
    this.#announcer.textContent = '';
    window.setTimeout(() => {
      this.#announcer.textContent = message;
    }, 50);
  }
}

function paragraph(content: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = content;
  return element;
}

customElements.define('lantern-quiz', Quiz);

import { fillTemplate, intlTagOf, numberFormats } from '../../lib/training/format';
import { certificateAttempt, moduleProgress, scoreShare, setLearnerName } from '../../lib/training/progress';
import { learning, onLearningChange, stringsOf, updateLearning } from './learning-store';

/**
 * Shows the certificate once the module's check is passed on this device, with the learner's
 * name as they type it (saved a moment after they stop typing) and the date of the best passing
 * attempt in the page's own language.
 */
class Certificate extends HTMLElement {
  readonly #moduleId = this.dataset.module!;
  readonly #strings = stringsOf<'notPassed' | 'score'>(this);
  readonly #name = this.querySelector<HTMLInputElement>('#lantern-learner-name')!;
  readonly #lang = document.documentElement.lang;
  readonly #format = numberFormats(this.#lang);
  #saveTimer: number | undefined;

  connectedCallback(): void {
    this.querySelector<HTMLElement>('[data-no-script]')!.hidden = true;
    this.#name.value = learning().learner?.name ?? '';
    this.#name.addEventListener('input', () => {
      this.#showName();
      window.clearTimeout(this.#saveTimer);
      this.#saveTimer = window.setTimeout(() => this.#saveName(), 600);
    });
    this.#name.addEventListener('change', () => this.#saveName());
    this.querySelector('[data-print]')!.addEventListener('click', () => {
      this.#saveName();
      window.print();
    });
    this.#render();
    onLearningChange(() => this.#render());
  }

  #saveName(): void {
    window.clearTimeout(this.#saveTimer);
    const name = this.#name.value.trim();
    if (name !== (learning().learner?.name ?? '')) updateLearning((value) => setLearnerName(value, name, new Date()));
  }

  #showName(): void {
    this.querySelector('[data-name]')!.textContent = this.#name.value.trim();
  }

  #render(): void {
    const attempt = certificateAttempt(moduleProgress(learning(), this.#moduleId));
    this.querySelector<HTMLElement>('[data-passed]')!.hidden = !attempt;
    this.querySelector<HTMLElement>('[data-not-passed]')!.hidden = Boolean(attempt);
    if (!attempt) {
      this.querySelector('[data-message]')!.textContent = fillTemplate(this.#strings.notPassed, {
        pass: this.#format.percent(Number(this.dataset.pass)),
      });
      return;
    }
    if (document.activeElement !== this.#name) this.#name.value = learning().learner?.name ?? this.#name.value;
    this.#showName();
    const date = new Intl.DateTimeFormat(intlTagOf(this.#lang), { dateStyle: 'long' }).format(new Date(attempt.at));
    this.querySelector('[data-score]')!.textContent = fillTemplate(this.#strings.score, {
      percent: this.#format.percent(scoreShare(attempt)),
      correct: this.#format.number(attempt.correct),
      total: this.#format.number(attempt.total),
      date,
    });
  }
}

customElements.define('lantern-certificate', Certificate);

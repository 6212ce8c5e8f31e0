import { moduleProgress, setPosition, setSectionRead, type Position } from '../../lib/training/progress';
import { learning, onLearningChange, updateLearning } from './learning-store';

/**
 * "I have read this section": a checkbox, so it works with Space from the keyboard and screen
 * readers announce its state. Marking is deliberate, not automatic on scrolling: on a phone,
 * scrolling past sections to reach the quiz would otherwise mark them read without reading them.
 */
class ReadToggle extends HTMLElement {
  readonly #moduleId = this.dataset.module!;
  readonly #sectionId = this.dataset.section!;
  readonly #box = this.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  /** Where to continue once this section is read (positionAfter, worked out at build time). */
  readonly #next = { kind: this.dataset.nextKind as Position['kind'], id: this.dataset.nextId! };

  connectedCallback(): void {
    this.#sync();
    this.#box.addEventListener('change', () => {
      const read = this.#box.checked;
      updateLearning((value) => {
        const marked = setSectionRead(value, this.#moduleId, this.#sectionId, read, new Date());
        const place = read ? this.#next : { kind: 'section' as const, id: this.#sectionId };
        return setPosition(marked, this.#moduleId, place.kind, place.id, new Date());
      });
    });
    onLearningChange(() => this.#sync());
    this.hidden = false;
  }

  #sync(): void {
    this.#box.checked = Boolean(moduleProgress(learning(), this.#moduleId).sectionsRead[this.#sectionId]);
  }
}

customElements.define('lantern-read-toggle', ReadToggle);

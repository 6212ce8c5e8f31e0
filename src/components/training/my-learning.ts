import type { ModuleSummary } from '../../lib/training/catalogue';
import { mergeLearning } from '../../lib/training/merge';
import { MAX_IMPORT_BYTES, learningArea, readLearningFile } from '../../lib/training/progress';
import { numberFormats } from '../../lib/training/format';
import { describeProgress, type StatusStrings } from '../../lib/training/status-text';
import { toEnvelope } from '../../lib/storage';
import { learning, onLearningChange, replaceLearning, stringsOf } from './learning-store';

type Key =
  | keyof StatusStrings
  | 'start'
  | 'imported'
  | 'importNotSaved'
  | 'refused.not-json'
  | 'refused.not-lantern'
  | 'refused.wrong-kind'
  | 'refused.newer-version'
  | 'refused.invalid'
  | 'refused.too-large'
  | 'refused.unreadable'
  | 'clearConfirm'
  | 'cleared';

/**
 * Progress across modules, and moving it between devices. An imported file is checked in full
 * (size first, before it is read; then the storage module's envelope and schema checks) and
 * merged with what is here only if it passes: a refused file changes nothing on the device.
 */
class MyLearning extends HTMLElement {
  readonly #modules = JSON.parse(this.dataset.modules ?? '[]') as ModuleSummary[];
  readonly #strings = stringsOf<Key>(this);
  readonly #format = numberFormats(document.documentElement.lang);
  readonly #message = this.querySelector<HTMLElement>('[data-message]')!;

  connectedCallback(): void {
    this.querySelector<HTMLElement>('[data-no-script]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-enhanced]')!.hidden = false;
    this.querySelector('[data-export]')!.addEventListener('click', () => this.#export());
    const input = this.querySelector<HTMLInputElement>('[data-import]')!;
    input.addEventListener('change', async () => {
      this.#say('');
      const file = input.files?.[0];
      input.value = '';
      if (file) await this.#import(file);
    });
    this.querySelector('[data-clear]')!.addEventListener('click', () => this.#clear());
    this.#render();
    onLearningChange(() => this.#render());
  }

  #render(): void {
    const value = learning();
    let anyStarted = false;
    for (const summary of this.#modules) {
      const row = this.querySelector<HTMLElement>(`tr[data-module="${summary.id}"]`);
      if (!row) continue;
      const progress = describeProgress(summary, value, this.#strings, this.#format);
      anyStarted ||= progress.started;
      row.querySelector('[data-progress]')!.textContent = progress.text;
      const next = progress.started ? progress.resume : { href: summary.href, label: this.#strings.start };
      const links = [next, progress.certificate].flatMap((item) => (item ? [paragraphLink(item.href, item.label)] : []));
      row.querySelector('[data-next]')!.replaceChildren(...links);
    }
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = anyStarted;
  }

  #export(): void {
    const file = new Blob([JSON.stringify(toEnvelope(learningArea, learning()), null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = `lantern-learning-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async #import(file: File): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) return this.#say(this.#strings['refused.too-large']);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return this.#say(this.#strings['refused.unreadable']);
    }
    const result = readLearningFile(text);
    if (!result.ok) return this.#say(this.#strings[`refused.${result.rejection.reason}`]);
    const saved = replaceLearning(mergeLearning(learning(), result.value));
    this.#say(saved.status === 'ok' ? this.#strings.imported : this.#strings.importNotSaved);
  }

  #clear(): void {
    if (!window.confirm(this.#strings.clearConfirm)) return;
    if (replaceLearning(undefined).status === 'ok') this.#say(this.#strings.cleared);
  }

  #say(message: string): void {
    this.#message.textContent = message;
  }
}

function paragraphLink(href: string, label: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = label;
  paragraph.append(anchor);
  return paragraph;
}

customElements.define('lantern-my-learning', MyLearning);

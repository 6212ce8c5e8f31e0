import type { ModuleSummary } from '../../lib/training/catalogue';
import { numberFormats } from '../../lib/training/format';
import { describeProgress, type StatusStrings } from '../../lib/training/status-text';
import { learning, onLearningChange, stringsOf } from './learning-store';

/**
 * One module's progress on this device, in words: sections read, the knowledge check, a link to
 * continue where the learner left off and, once passed, to the certificate. Used on the overview
 * and at the top of each module page.
 */
class ModuleStatusElement extends HTMLElement {
  readonly #summary = JSON.parse(this.dataset.summary ?? '{}') as ModuleSummary;
  readonly #strings = stringsOf<keyof StatusStrings>(this);
  readonly #format = numberFormats(document.documentElement.lang);

  connectedCallback(): void {
    this.#render();
    onLearningChange(() => this.#render());
    this.hidden = false;
  }

  #render(): void {
    const progress = describeProgress(this.#summary, learning(), this.#strings, this.#format);
    const text = document.createElement('p');
    text.textContent = progress.text;
    const links = [progress.resume, progress.certificate].flatMap((item) => (item ? [link(item.href, item.label)] : []));
    if (links.length === 0) return this.replaceChildren(text);
    const row = document.createElement('p');
    row.className = 'lantern-status__links';
    row.append(...links);
    this.replaceChildren(text, row);
  }
}

function link(href: string, label: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = label;
  return anchor;
}

customElements.define('lantern-module-status', ModuleStatusElement);

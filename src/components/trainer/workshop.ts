/**
 * `<lantern-workshop>`: shows the workshop view's slides one at a time (WorkshopView.astro).
 *
 * Keys, as presentation remotes send them: → ↓ Page Down and Space go forward, ← ↑ Page Up and
 * Shift+Space go back, Home and End jump to the first and last slide, Escape leaves for the normal
 * page. After a move by key the new slide takes focus, so a screen reader reads it; after a press
 * of an on-screen button, focus stays on the button (to press it again) and the move is announced.
 */

type Move = 'previous' | 'next' | 'first' | 'last';

const keyMoves: Record<string, Move> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

/** Where a key press belongs to the focused element rather than to the slides. */
const ownKeys = 'input, select, textarea, [contenteditable]:not([contenteditable="false"])';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

class LanternWorkshop extends HTMLElement {
  #slides: HTMLElement[] = [];
  #current = 0;
  #numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);

  connectedCallback() {
    this.#slides = [...this.querySelectorAll<HTMLElement>('[data-slide]')];
    if (this.#slides.length === 0) return;
    this.dataset.enhanced = '';
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
    this.querySelector<HTMLElement>('[data-keys]')!.hidden = false;
    this.querySelector('[data-previous]')!.addEventListener('click', () => this.#moveByButton('previous'));
    this.querySelector('[data-next]')!.addEventListener('click', () => this.#moveByButton('next'));
    document.addEventListener('keydown', this.#onKey);
    window.addEventListener('hashchange', this.#onHash);
    this.#show(this.#slideFromHash() ?? 0);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
    window.removeEventListener('hashchange', this.#onHash);
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(ownKeys)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#leave();
      return;
    }
    let move = keyMoves[event.key];
    if (event.key === ' ') {
      // Space on a button or link presses it.
      if (target?.closest('a[href], button')) return;
      move = event.shiftKey ? 'previous' : 'next';
    }
    if (!move) return;
    event.preventDefault();
    this.#show(this.#target(move));
    this.#slides[this.#current]!.focus({ preventScroll: true });
  };

  #onHash = () => {
    const index = this.#slideFromHash();
    if (index !== undefined && index !== this.#current) this.#show(index);
  };

  #moveByButton(move: Move) {
    const index = this.#target(move);
    if (index === this.#current) return;
    this.#show(index);
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    status.textContent = this.#slides[index]!.getAttribute('aria-label') ?? '';
  }

  #target(move: Move): number {
    const last = this.#slides.length - 1;
    if (move === 'first') return 0;
    if (move === 'last') return last;
    return Math.min(last, Math.max(0, this.#current + (move === 'next' ? 1 : -1)));
  }

  /** The slide the address names: `#slide-3`, or the ID of a part it opens (`#<section>`). */
  #slideFromHash(): number | undefined {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id === '') return undefined;
    const index = this.#slides.findIndex((slide) => slide.id === id || slide.querySelector(`[id="${CSS.escape(id)}"]`));
    return index < 0 ? undefined : index;
  }

  #show(index: number) {
    this.#current = index;
    this.#slides.forEach((slide, i) => (slide.hidden = i !== index));
    const values = { current: this.#numbers.format(index + 1), total: this.#numbers.format(this.#slides.length) };
    this.querySelector<HTMLElement>('[data-counter-text]')!.textContent = fill(this.dataset.counter ?? '', values);
    this.querySelector('[data-previous]')!.setAttribute('aria-disabled', String(index === 0));
    this.querySelector('[data-next]')!.setAttribute('aria-disabled', String(index === this.#slides.length - 1));
    history.replaceState(history.state, '', `#${this.#slides[index]!.id}`);
    window.scrollTo(0, 0);
  }

  /** Back to the page the trainer came from, where they were on it; else to the normal page. */
  #leave() {
    const page = this.querySelector<HTMLAnchorElement>('[data-leave]')!;
    const cameFromPage = document.referrer !== '' && new URL(document.referrer).pathname === new URL(page.href).pathname;
    if (cameFromPage && history.length > 1) history.back();
    else location.assign(page.href);
  }
}

if (!customElements.get('lantern-workshop')) customElements.define('lantern-workshop', LanternWorkshop);

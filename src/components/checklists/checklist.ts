import {
  activeCopyId,
  addCopy,
  checklistsArea,
  copiesOf,
  deleteCopy,
  resetCopy,
  selectCopy,
  setTick,
  undoReset,
  type ChecklistsState,
} from '../../lib/checklists';
import { announceLoad, announceSave, deviceStorage } from '../storage/device-storage';

type Strings = Record<
  'unnamed' | 'created' | 'switched' | 'deleteConfirm' | 'deleted' | 'progress' | 'resetConfirm' | 'resetDone' | 'undoDone',
  string
>;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/**
 * <lantern-checklist>: ticks saved on the device in working copies, progress, reset with undo,
 * and printing blank or filled. The server-rendered table is the form; this only enhances it.
 */
class ChecklistElement extends HTMLElement {
  readonly #id = this.dataset.checklist!;
  readonly #strings: Strings = JSON.parse(this.dataset.strings ?? '{}');
  readonly #boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-item]')];
  #state: ChecklistsState = checklistsArea.empty();
  #copyId: string | undefined;

  connectedCallback(): void {
    const loaded = deviceStorage.load(checklistsArea);
    announceLoad(loaded);
    this.#state = loaded.value;
    this.#copyId = activeCopyId(this.#state, this.#id);
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;

    for (const box of this.#boxes) box.addEventListener('change', () => this.#tick(box));
    this.querySelector('[data-copy-select]')!.addEventListener('change', (event) => {
      this.#state = selectCopy(this.#state, this.#id, (event.target as HTMLSelectElement).value);
      this.#copyId = activeCopyId(this.#state, this.#id);
      this.#save();
      this.#render();
      this.#announce(fill(this.#strings.switched, { reference: this.#label(this.#copyId) }));
    });
    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action) this.#act(action);
    });
    this.querySelector<HTMLInputElement>('[data-reference]')!.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.#act('create-copy');
      if (event.key === 'Escape') this.#act('cancel-copy');
    });
    window.addEventListener('afterprint', () => this.#preparePrint(null));
    this.#render();
  }

  #act(action: string): void {
    const newCopy = this.querySelector<HTMLElement>('[data-new-copy]')!;
    const toggle = this.querySelector<HTMLButtonElement>('[data-action="new-copy"]')!;
    const reference = this.querySelector<HTMLInputElement>('[data-reference]')!;
    switch (action) {
      case 'new-copy':
        newCopy.hidden = !newCopy.hidden;
        toggle.setAttribute('aria-expanded', String(!newCopy.hidden));
        if (!newCopy.hidden) reference.focus();
        break;
      case 'cancel-copy':
        newCopy.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        reference.value = '';
        toggle.focus();
        break;
      case 'create-copy': {
        [this.#state, this.#copyId] = addCopy(this.#state, this.#id, reference.value, new Date());
        this.#save();
        reference.value = '';
        newCopy.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        this.#render();
        this.#announce(fill(this.#strings.created, { reference: this.#label(this.#copyId) }));
        this.querySelector<HTMLSelectElement>('[data-copy-select]')!.focus();
        break;
      }
      case 'delete-copy': {
        if (!this.#copyId) break;
        const label = this.#label(this.#copyId);
        if (!window.confirm(fill(this.#strings.deleteConfirm, { reference: label }))) break;
        this.#state = deleteCopy(this.#state, this.#copyId);
        this.#copyId = activeCopyId(this.#state, this.#id);
        this.#save();
        this.#render();
        this.#announce(fill(this.#strings.deleted, { reference: label }));
        break;
      }
      case 'reset': {
        if (!this.#copyId) break;
        const label = this.#label(this.#copyId);
        if (!window.confirm(fill(this.#strings.resetConfirm, { reference: label }))) break;
        this.#state = resetCopy(this.#state, this.#copyId);
        this.#save();
        this.#render();
        this.#announce(fill(this.#strings.resetDone, { reference: label }));
        this.querySelector<HTMLButtonElement>('[data-action="undo"]')!.focus();
        break;
      }
      case 'undo':
        this.#state = undoReset(this.#state);
        this.#save();
        this.#render();
        this.#announce(this.#strings.undoDone);
        this.querySelector<HTMLButtonElement>('[data-action="reset"]')!.focus();
        break;
      case 'print-blank':
      case 'print-filled':
        this.#preparePrint(action === 'print-filled' ? 'filled' : 'blank');
        window.print();
        break;
    }
  }

  #tick(box: HTMLInputElement): void {
    if (!this.#copyId) [this.#state, this.#copyId] = addCopy(this.#state, this.#id, '', new Date());
    this.#state = setTick(this.#state, this.#copyId, box.dataset.item!, box.checked, new Date());
    this.#save();
    this.#render();
  }

  #save(): void {
    announceSave(deviceStorage.save(checklistsArea, this.#state));
  }

  #label(copyId: string | undefined): string {
    const copies = copiesOf(this.#state, this.#id);
    const index = copies.findIndex(([id]) => id === copyId);
    const copy = copies[index]?.[1];
    return copy?.reference || fill(this.#strings.unnamed, { number: index + 1 });
  }

  #render(): void {
    const copy = this.#copyId ? this.#state.copies[this.#copyId] : undefined;
    const ticked = copy?.ticked ?? {};
    for (const box of this.#boxes) {
      box.checked = Boolean(ticked[box.dataset.item!]);
      box.closest('tr')?.toggleAttribute('data-ticked', box.checked);
    }
    const select = this.querySelector<HTMLSelectElement>('[data-copy-select]')!;
    const copies = copiesOf(this.#state, this.#id);
    select.replaceChildren(
      ...copies.map(([id]) => Object.assign(document.createElement('option'), { value: id, textContent: this.#label(id), selected: id === this.#copyId })),
    );
    select.disabled = copies.length === 0;
    this.querySelector<HTMLButtonElement>('[data-action="delete-copy"]')!.disabled = !copy;
    this.querySelector<HTMLButtonElement>('[data-action="reset"]')!.disabled = !copy || Object.keys(ticked).length === 0;
    this.querySelector<HTMLButtonElement>('[data-action="undo"]')!.hidden = this.#state.lastReset?.copyId !== this.#copyId || !this.#copyId;
    const done = this.#boxes.filter((box) => box.checked).length;
    this.querySelector('[data-progress]')!.textContent = fill(this.#strings.progress, { done, total: this.#boxes.length });
  }

  #announce(message: string): void {
    const region = this.querySelector<HTMLElement>('[data-announce]')!;
    region.textContent = '';
    requestAnimationFrame(() => (region.textContent = message));
  }

  /** Fills (or clears) what only the printout shows: the reference and the date of each tick. */
  #preparePrint(mode: 'blank' | 'filled' | null): void {
    if (mode) this.dataset.print = mode;
    else delete this.dataset.print;
    const copy = mode === 'filled' && this.#copyId ? this.#state.copies[this.#copyId] : undefined;
    const dateFormat = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium' });
    this.querySelector('[data-print-reference]')!.textContent = copy ? this.#label(this.#copyId) : '';
    for (const cell of this.querySelectorAll<HTMLElement>('[data-tick-date]')) {
      const date = copy?.ticked[cell.dataset.tickDate!];
      cell.textContent = date ? dateFormat.format(new Date(`${date}T12:00:00`)) : '';
    }
  }
}

customElements.define('lantern-checklist', ChecklistElement);

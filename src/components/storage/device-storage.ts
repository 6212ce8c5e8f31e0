import { openDeviceStorage, type LoadResult, type SaveResult } from '../../lib/storage';

/** The device storage every island on the page shares. */
export const deviceStorage = openDeviceStorage(() => window.localStorage);

type MessageKind = 'unavailable' | 'quotaExceeded' | 'newerVersion' | 'setAside';
type Strings = Record<MessageKind | 'download' | 'discard' | 'discardConfirm' | 'discarded', string>;

class StorageNotice extends HTMLElement {
  readonly #strings: Strings = JSON.parse(this.dataset.strings ?? '{}');
  readonly #region = this.querySelector<HTMLElement>('[role="status"]')!;

  show(kind: MessageKind, setAsideKey?: string): void {
    if (this.#region.querySelector(`[data-kind="${kind}"]`)) return;
    const message = document.createElement('div');
    message.className = 'lantern-storage-message';
    message.dataset.kind = kind;
    const text = document.createElement('p');
    text.textContent = this.#strings[kind];
    message.append(text);
    if (kind === 'setAside' && setAsideKey) message.append(this.#setAsideActions(message, setAsideKey));
    this.#region.append(message);
  }

  hide(kind: MessageKind): void {
    this.#region.querySelector(`[data-kind="${kind}"]`)?.remove();
  }

  #setAsideActions(message: HTMLElement, key: string): HTMLElement {
    const actions = document.createElement('div');
    actions.className = 'lantern-storage-actions';
    const download = document.createElement('button');
    download.type = 'button';
    download.textContent = this.#strings.download;
    download.addEventListener('click', () => {
      const record = deviceStorage.listSetAside().find((r) => r.key === key);
      if (!record) return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([record.raw], { type: 'application/json' }));
      link.download = `lantern-set-aside-${record.area}-${record.setAsideAt.slice(0, 10)}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    });
    const discard = document.createElement('button');
    discard.type = 'button';
    discard.textContent = this.#strings.discard;
    discard.addEventListener('click', () => {
      if (!window.confirm(this.#strings.discardConfirm)) return;
      deviceStorage.discardSetAside(key);
      message.replaceChildren(Object.assign(document.createElement('p'), { textContent: this.#strings.discarded }));
    });
    actions.append(download, discard);
    return actions;
  }
}

customElements.define('lantern-storage-notice', StorageNotice);

function notice(): StorageNotice | null {
  return document.querySelector<StorageNotice>('lantern-storage-notice');
}

/** Tells the user, in their language, about anything unusual in what was loaded. */
export function announceLoad(result: LoadResult<unknown>): void {
  if (result.status === 'unavailable') notice()?.show('unavailable');
  else if (result.status === 'newer-version') notice()?.show('newerVersion');
  else if (result.status === 'set-aside') notice()?.show('setAside', result.setAsideKey);
}

/** Tells the user when a change could not be saved, and clears that message once saving works again. */
export function announceSave(result: SaveResult): void {
  const element = notice();
  if (result.status === 'ok') element?.hide('quotaExceeded');
  else if (result.status === 'quota-exceeded') element?.show('quotaExceeded');
  else if (result.status === 'newer-version') element?.show('newerVersion');
  else element?.show('unavailable');
}

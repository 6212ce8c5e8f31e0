import { announceLoad, announceSave, deviceStorage } from '../storage/device-storage';
import type { SaveResult } from '../../lib/storage';
import { learningArea, type Learning } from '../../lib/training/progress';

/**
 * The learner's progress as every training island on the page sees it. One copy, loaded once;
 * each change is saved through the storage module and announced to the other islands, so the
 * progress line, the section ticks and the quiz never disagree. Changes saved in another tab are
 * picked up before each update and when the browser reports them.
 */

const changed = 'lantern:learning-changed';
let current: Learning | undefined;

export function learning(): Learning {
  if (!current) {
    const result = deviceStorage.load(learningArea);
    announceLoad(result);
    current = result.value;
  }
  return current;
}

export function updateLearning(change: (value: Learning) => Learning): SaveResult {
  const stored = deviceStorage.load(learningArea);
  const base = stored.status === 'ok' || stored.status === 'empty' ? stored.value : learning();
  current = change(base);
  const result = deviceStorage.save(learningArea, current);
  announceSave(result);
  document.dispatchEvent(new Event(changed));
  return result;
}

/** Replaces all progress (after an import) or removes it (`undefined`). */
export function replaceLearning(value: Learning | undefined): SaveResult {
  const result = value ? deviceStorage.save(learningArea, value) : deviceStorage.clear(learningArea);
  if (result.status === 'ok') current = value ?? learningArea.empty();
  announceSave(result);
  document.dispatchEvent(new Event(changed));
  return result;
}

export function onLearningChange(listener: () => void): void {
  document.addEventListener(changed, listener);
}

window.addEventListener('storage', (event) => {
  if (event.key !== null && event.key !== `lantern:${learningArea.name}`) return;
  current = undefined;
  document.dispatchEvent(new Event(changed));
});

/** Strings a page rendered for its scripts (client scripts cannot call `t()`). */
export function stringsOf<T extends string>(element: HTMLElement): Record<T, string> {
  return JSON.parse(element.dataset.strings ?? '{}') as Record<T, string>;
}

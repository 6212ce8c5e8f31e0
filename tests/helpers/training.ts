import type { Locator, Page } from 'playwright-core';

/** Browser-side helpers for the training pages (tests/browser/training.test.ts). */

export function question(page: Page, id: string): Locator {
  return page.locator(`.lantern-question[data-question="${id}"]`);
}

/** Chooses an option by clicking its label, then presses the question's button ("Check answer"). */
export async function answer(page: Page, id: string, option: string): Promise<void> {
  const q = question(page, id);
  await q.locator(`input[value="${option}"] + label`).click();
  await q.locator('[data-action]').click();
}

/** The text of what the quiz last announced to screen readers, once it has arrived. */
export async function announcement(page: Page, containing: string): Promise<string> {
  const announcer = page.locator('lantern-quiz [data-announcer]');
  await announcer.filter({ hasText: containing }).waitFor({ state: 'attached' });
  return (await announcer.textContent()) ?? '';
}

/** Everything Lantern keeps in this browser's localStorage, key by key. */
export function savedItems(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const items: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      items[key] = localStorage.getItem(key)!;
    }
    return items;
  });
}

import * as z from 'zod/mini';
import type { AreaDefinition } from './storage';

/**
 * Reading preferences kept on the device: for now, whether translated pages show the English text
 * alongside (for trainers working in two languages and reviewers checking a translation).
 */
const preferences = z.object({
  showEnglish: z.boolean(),
});

export type Preferences = z.infer<typeof preferences>;

export const preferencesArea: AreaDefinition<Preferences> = {
  name: 'preferences',
  version: 1,
  schema: preferences,
  empty: () => ({ showEnglish: false }),
};

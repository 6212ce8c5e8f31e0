import { z } from 'zod';
import { kindNames } from '../content/schema';

/**
 * A locale's deliberate fallbacks (`src/data/locales/<code>.yaml`): the parts of Lantern that are
 * knowingly still in English in that language. English content keeps landing before it is
 * translated; declaring it keeps the build honest about it. Anything English has that a locale
 * lacks, and does not declare here, fails the build. A declaration that is no longer true (the
 * part is fully translated) fails it too, so the list only shrinks.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case name');

/** `about`, `background/impact`, or a folder `background/` standing for every page in it. */
const pagePattern = z
  .string()
  .regex(/^([a-z0-9-]+\/)*[a-z0-9-]*$/, 'expected a page path without extension, e.g. about or background/')
  .refine((value) => value.length > 0, 'expected a page path');

export const fallbackDeclaration = z
  .object({
    fallback: z
      .object({
        /** Content kinds (`src/data/<kind>/`): entries the locale's file lacks are shown in English. */
        content: z.array(z.enum(kindNames as [string, ...string[]])).default([]),
        /** Prose pages (`src/content/docs/`), by English path: a missing page is shown in English. */
        pages: z.array(pagePattern).default([]),
        /** UI-string namespaces (`src/i18n/<namespace>/`): missing keys are shown in English. */
        ui: z.array(slug).default([]),
      })
      .strict()
      .default({ content: [], pages: [], ui: [] }),
  })
  .strict();

export type FallbackDeclaration = z.output<typeof fallbackDeclaration>['fallback'];

export const emptyDeclaration: FallbackDeclaration = { content: [], pages: [], ui: [] };

/** Whether a declared page pattern covers a page (by its English path, e.g. `about`). */
export function patternCovers(pattern: string, page: string): boolean {
  return pattern.endsWith('/') ? page.startsWith(pattern) : page === pattern;
}

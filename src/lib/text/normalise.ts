/**
 * Normalisation for text a person types into Lantern (search, forms, notes), so that what they
 * type matches what Lantern stores and shows:
 *
 * - Burmese typed in the legacy Zawgyi encoding is converted to Unicode (see `zawgyi.ts`). The
 *   detector and converter weigh about 90 KB, so they are loaded only when the text contains
 *   Myanmar characters.
 * - Everything is put in Unicode NFC, so a letter typed as base + combining mark (as some
 *   Vietnamese keyboards do) equals the precomposed letter.
 *
 * Forms call `normaliseTypedText` on a field's value before saving or comparing it.
 */
const myanmarPattern = /[\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]/u;

export function containsMyanmar(text: string): boolean {
  return myanmarPattern.test(text);
}

export async function normaliseTypedText(text: string): Promise<string> {
  let result = text;
  if (containsMyanmar(result)) {
    const { zawgyiToUnicode } = await import('./zawgyi');
    result = zawgyiToUnicode(result);
  }
  return result.normalize('NFC');
}

/**
 * What a locale's UI-string file must contain, given the English one: the same keys, except that
 * plural keys follow each language's own plural forms, and the same placeholders.
 *
 * Plurals follow i18next (the engine behind Starlight's `t()`): a key used with `{ count }` is
 * written once per plural category of the language, as `<key>_<category>`. English has
 * `_one` and `_other`; Thai, Khmer, Lao, Burmese, Vietnamese, Chinese and Indonesian have only
 * `_other`. The categories come from `Intl.PluralRules`, which i18next itself uses.
 */

const pluralSuffix = /^(.+)_(zero|one|two|few|many|other)$/;

export type PluralCategory = Intl.LDMLPluralRule;

/** The plural categories a language distinguishes, e.g. `['one', 'other']` for English. */
export function pluralCategories(lang: string): PluralCategory[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as PluralCategory[];
}

/** `summary.items_other` → `{ base: 'summary.items', category: 'other' }`; other keys → undefined. */
export function splitPluralKey(key: string): { base: string; category: PluralCategory } | undefined {
  const match = pluralSuffix.exec(key);
  return match ? { base: match[1]!, category: match[2] as PluralCategory } : undefined;
}

/** English keys grouped: plain keys, and plural bases with the forms English writes. */
export function keyShapes(englishKeys: string[]): { plain: string[]; plural: Map<string, string[]> } {
  const plural = new Map<string, string[]>();
  const plain: string[] = [];
  for (const key of englishKeys) {
    const split = splitPluralKey(key);
    if (!split) {
      plain.push(key);
      continue;
    }
    plural.set(split.base, [...(plural.get(split.base) ?? []), key]);
  }
  return { plain, plural };
}

/** Every key a file in `lang` must have to match the English keys, in English order. */
export function expectedKeys(englishKeys: string[], lang: string): string[] {
  const categories = pluralCategories(lang);
  const expected: string[] = [];
  const seenBases = new Set<string>();
  for (const key of englishKeys) {
    const split = splitPluralKey(key);
    if (!split) expected.push(key);
    else if (!seenBases.has(split.base)) {
      seenBases.add(split.base);
      expected.push(...categories.map((category) => `${split.base}_${category}`));
    }
  }
  return expected;
}

/**
 * The placeholders in a string: i18next interpolations (`{{number}}`, `{{count, number}}` → `count`)
 * and nested keys (`$t(key)`). A translation must keep them, or the page shows a gap or a raw code.
 */
export function placeholders(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)) found.add(`{{${match[1]}}}`);
  for (const match of text.matchAll(/\$t\(([^)]+)\)/g)) found.add(`$t(${match[1]})`);
  return [...found].sort();
}

/**
 * Problems with the placeholders of one translated key, compared with the English. A plural form is
 * compared with English `_other` (it must show the number wherever English does), and may not
 * invent placeholders that no English form has.
 */
export function placeholderProblems(
  key: string,
  translated: string,
  english: Record<string, string>,
): string[] {
  const split = splitPluralKey(key);
  const own = placeholders(translated);
  if (!split) {
    const reference = placeholders(english[key] ?? '');
    const missing = reference.filter((p) => !own.includes(p));
    const extra = own.filter((p) => !reference.includes(p));
    return [
      ...missing.map((p) => `"${key}" lacks ${p}, which the English has`),
      ...extra.map((p) => `"${key}" has ${p}, which the English does not`),
    ];
  }
  const forms = Object.keys(english).filter((k) => splitPluralKey(k)?.base === split.base);
  const known = new Set(forms.flatMap((k) => placeholders(english[k]!)));
  const required = placeholders(english[`${split.base}_other`] ?? '');
  const problems = own.filter((p) => !known.has(p)).map((p) => `"${key}" has ${p}, which no English form of "${split.base}" has`);
  if (split.category === 'other') {
    problems.push(...required.filter((p) => !own.includes(p)).map((p) => `"${key}" lacks ${p}, which the English has`));
  }
  return problems;
}

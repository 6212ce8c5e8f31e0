import type { Content } from '../content/build';
import { kindNames, translationRecord, type TranslationRecord, type TranslationStatus } from '../content/schema';
import { expectedKeys, placeholderProblems, splitPluralKey, pluralCategories } from '../i18n/keys';
import type { UiFiles } from '../i18n/read';
import { defaultLocale, getLocale, translatedLocaleCodes, type LocaleCode } from '../locales';
import { emptyDeclaration, patternCovers, type FallbackDeclaration } from './declaration';

/**
 * Everything translated in Lantern, checked against English and the locales' fallback declarations,
 * and counted for the translation-status page. One pass gives both, so the figures readers see and
 * the rules the build enforces cannot disagree.
 */

/** A prose page in `src/content/docs/`, with its path as in English (`about`, `background/impact`). */
export interface DocPage {
  locale: LocaleCode;
  path: string;
  /** The file, relative to the repository, for messages. */
  file: string;
  /** The `translation` frontmatter as written. */
  translation?: unknown;
}

export interface TranslationInput {
  content: Content;
  ui: UiFiles;
  pages: DocPage[];
  declarations: Partial<Record<LocaleCode, FallbackDeclaration>>;
}

/** How far one entry, page or UI namespace is translated. */
export type EntryState = 'fallback' | TranslationStatus;

export interface Tally {
  /** Everything English has. */
  total: number;
  /** Shown in English in this locale. */
  fallback: number;
  draft: number;
  checked: number;
  reviewed: number;
}

export interface EntryReport {
  id: string;
  state: EntryState;
  checkedOn?: string;
  reviewer?: string;
  reviewedOn?: string;
  /** UI namespaces only: how many of its strings are still in English. */
  missing?: number;
}

/** One row of the status page: a content kind, the prose pages, or the UI strings. */
export interface PartReport {
  part: string;
  /** What `tally` counts: content entries, prose pages, or UI strings. */
  unit: 'entries' | 'pages' | 'strings';
  /**
   * Declared in `src/data/locales/<code>.yaml` as deliberately falling back: the kind, or (for
   * pages and UI strings) at least one page or namespace.
   */
  declaredFallback: boolean;
  tally: Tally;
  entries: EntryReport[];
}

export interface LocaleReport {
  locale: LocaleCode;
  parts: PartReport[];
}

export interface TranslationReport {
  locales: LocaleReport[];
}

export const pagesPart = 'pages';
export const uiPart = 'ui';

export function assessTranslations(input: TranslationInput): { errors: string[]; report: TranslationReport } {
  const errors: string[] = [];
  errors.push(...checkEnglishUi(input.ui), ...checkPageSources(input.pages));
  const locales = translatedLocaleCodes.map((locale) => {
    const declaration = input.declarations[locale] ?? emptyDeclaration;
    const declarationFile = `src/data/locales/${locale}.yaml`;
    const parts = [
      ...assessContent(input.content, locale, declaration, declarationFile, errors),
      assessPages(input.pages, locale, declaration, declarationFile, errors),
      assessUi(input.ui, locale, declaration, declarationFile, errors),
    ];
    return { locale, parts };
  });
  return { errors, report: { locales } };
}

function emptyTally(total: number): Tally {
  return { total, fallback: 0, draft: 0, checked: 0, reviewed: 0 };
}

function entryReport(id: string, record: TranslationRecord | undefined): EntryReport {
  if (!record) return { id, state: 'fallback' };
  return {
    id,
    state: record.status,
    ...(record.checkedOn && { checkedOn: record.checkedOn }),
    ...(record.reviewer && { reviewer: record.reviewer }),
    ...(record.reviewedOn && { reviewedOn: record.reviewedOn }),
  };
}

function count(tally: Tally, state: EntryState, weight = 1): void {
  tally[state] += weight;
}

function listIds(ids: string[]): string {
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')} and ${ids.length - 12} more` : ids.join(', ');
}

// ── Content kinds (src/data/<kind>/<locale>.yaml) ─────────────────────────────────────────

function assessContent(
  content: Content,
  locale: LocaleCode,
  declaration: FallbackDeclaration,
  declarationFile: string,
  errors: string[],
): PartReport[] {
  const parts: PartReport[] = [];
  for (const kind of kindNames) {
    const entries = content.kinds[kind][locale] as Array<{ id: string; fallback: boolean; translation?: TranslationRecord }>;
    const declared = declaration.content.includes(kind);
    if (content.kinds[kind][defaultLocale].length === 0) continue;
    const tally = emptyTally(entries.length);
    const reports = entries.map((entry) => entryReport(entry.id, entry.fallback ? undefined : entry.translation));
    for (const report of reports) count(tally, report.state);
    const missing = reports.filter((r) => r.state === 'fallback').map((r) => r.id);
    if (missing.length > 0 && !declared) {
      errors.push(
        `${kind} in ${locale}: ${listIds(missing)} ${missing.length === 1 ? 'is' : 'are'} missing from src/data/${kind}/${locale}.yaml. ` +
          `Translate ${missing.length === 1 ? 'it' : 'them'}, or declare the kind as falling back: add "${kind}" under fallback.content in ${declarationFile}.`,
      );
    }
    if (missing.length === 0 && declared) {
      errors.push(
        `${declarationFile}: fallback.content lists "${kind}", but all ${entries.length} entries are translated. Remove it from the list.`,
      );
    }
    parts.push({ part: kind, unit: 'entries', declaredFallback: declared, tally, entries: reports });
  }
  return parts;
}

// ── Prose pages (src/content/docs/) ───────────────────────────────────────────────────────

function checkPageSources(pages: DocPage[]): string[] {
  const errors: string[] = [];
  const english = new Set(pages.filter((p) => p.locale === defaultLocale).map((p) => p.path));
  for (const page of pages) {
    if (page.locale === defaultLocale) {
      if (page.translation !== undefined) errors.push(`${page.file}: the English source has no translation record`);
      continue;
    }
    if (!english.has(page.path)) {
      errors.push(`${page.file} has no English page "${page.path}": translated pages use the English page's path`);
    }
    if (page.translation === undefined) {
      errors.push(`${page.file}: a translated page records its review state in its frontmatter, e.g. translation: { status: draft }`);
    } else {
      const parsed = translationRecord.safeParse(page.translation);
      if (!parsed.success) {
        errors.push(`${page.file}: translation: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ')}`);
      }
    }
  }
  return errors;
}

function assessPages(
  pages: DocPage[],
  locale: LocaleCode,
  declaration: FallbackDeclaration,
  declarationFile: string,
  errors: string[],
): PartReport {
  const englishPaths = pages.filter((p) => p.locale === defaultLocale).map((p) => p.path).sort();
  const own = new Map(pages.filter((p) => p.locale === locale).map((p) => [p.path, p]));
  const tally = emptyTally(englishPaths.length);
  const entries: EntryReport[] = [];
  for (const path of englishPaths) {
    const page = own.get(path);
    const record = page ? translationRecord.safeParse(page.translation) : undefined;
    // A page with an invalid record is reported by checkPageSources and not counted.
    if (record && !record.success) continue;
    const report = entryReport(path, record?.data);
    count(tally, report.state);
    entries.push(report);
  }
  const missing = englishPaths.filter((path) => !own.has(path));
  const undeclared = missing.filter((path) => !declaration.pages.some((pattern) => patternCovers(pattern, path)));
  if (undeclared.length > 0) {
    errors.push(
      `Pages in ${locale}: ${listIds(undeclared)} ${undeclared.length === 1 ? 'is' : 'are'} not translated. ` +
        `Translate ${undeclared.length === 1 ? 'it' : 'them'} into src/content/docs/${locale}/, or add ${undeclared.length === 1 ? 'it' : 'them'} under fallback.pages in ${declarationFile}.`,
    );
  }
  for (const pattern of declaration.pages) {
    const covered = englishPaths.filter((path) => patternCovers(pattern, path));
    if (covered.length === 0) {
      errors.push(`${declarationFile}: fallback.pages lists "${pattern}", which is no English page in src/content/docs/`);
    } else if (covered.every((path) => own.has(path))) {
      errors.push(`${declarationFile}: fallback.pages lists "${pattern}", but it is translated. Remove it from the list.`);
    }
  }
  return {
    part: pagesPart,
    unit: 'pages',
    declaredFallback: declaration.pages.length > 0,
    tally,
    entries,
  };
}

// ── UI strings (src/i18n/<namespace>/<locale>.json) ───────────────────────────────────────

function checkEnglishUi(ui: UiFiles): string[] {
  const errors: string[] = [];
  for (const [namespace, byLocale] of Object.entries(ui)) {
    const english = byLocale[defaultLocale];
    const file = `src/i18n/${namespace}/${defaultLocale}.json`;
    if (!english) {
      const others = Object.keys(byLocale);
      if (others.length > 0) errors.push(`src/i18n/${namespace}/ has ${others.map((c) => `${c}.json`).join(', ')} but no English ${file}`);
      continue;
    }
    if (english.translation !== undefined) errors.push(`${file}: the English source has no _translation record`);
    const englishCategories = pluralCategories('en');
    const bases = new Set(Object.keys(english.strings).flatMap((key) => splitPluralKey(key)?.base ?? []));
    for (const base of bases) {
      for (const category of englishCategories) {
        if (!(`${base}_${category}` in english.strings)) {
          errors.push(`${file}: plural "${base}" needs the English form "${base}_${category}"`);
        }
      }
    }
  }
  return errors;
}

function assessUi(
  ui: UiFiles,
  locale: LocaleCode,
  declaration: FallbackDeclaration,
  declarationFile: string,
  errors: string[],
): PartReport {
  const { lang } = getLocale(locale);
  const namespaces = Object.keys(ui).filter((ns) => ui[ns]![defaultLocale]).sort();
  const entries: EntryReport[] = [];
  const tally = emptyTally(0);

  for (const namespace of namespaces) {
    const english = ui[namespace]![defaultLocale]!.strings;
    const file = `src/i18n/${namespace}/${locale}.json`;
    const own = ui[namespace]![locale];
    const declared = declaration.ui.includes(namespace);
    const required = expectedKeys(Object.keys(english), lang);
    const present = (key: string) => Boolean(own?.strings[key]?.trim());
    // Count strings as English does, once per key: a plural is one string in every language.
    const bases = [...new Set(required.map((key) => splitPluralKey(key)?.base ?? key))];
    const missingBases = bases.filter((base) => required.filter((k) => (splitPluralKey(k)?.base ?? k) === base).some((k) => !present(k)));
    tally.total += bases.length;
    tally.fallback += missingBases.length;

    let record: TranslationRecord | undefined;
    if (own) {
      for (const key of Object.keys(own.strings)) {
        if (!required.includes(key)) {
          const split = splitPluralKey(key);
          errors.push(
            split && required.some((k) => splitPluralKey(k)?.base === split.base)
              ? `${file}: "${key}" is not a plural form of ${locale} (it uses ${pluralCategories(lang).map((c) => `_${c}`).join(', ')})`
              : `${file}: "${key}" is not in the English file src/i18n/${namespace}/en.json`,
          );
        } else if (present(key)) {
          errors.push(...placeholderProblems(key, own.strings[key]!, english).map((problem) => `${file}: ${problem}`));
        }
      }
      if (own.translation === undefined) {
        errors.push(`${file}: add its review state, e.g. "_translation": { "status": "draft" }`);
      } else {
        const parsed = translationRecord.safeParse(own.translation);
        if (parsed.success) record = parsed.data;
        else errors.push(`${file}: _translation: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ')}`);
      }
    }
    const translatedCount = bases.length - missingBases.length;
    // Strings in a file without a valid record are reported above and not counted.
    if (record) count(tally, record.status, translatedCount);
    entries.push({ ...entryReport(namespace, own ? record : undefined), missing: missingBases.length });

    if (missingBases.length > 0 && !declared) {
      errors.push(
        (own
          ? `${file} lacks ${missingBases.length} of ${bases.length} strings English has (${listIds(missingBases)}). Translate them`
          : `${file} does not exist. Translate the ${bases.length} strings of src/i18n/${namespace}/en.json into it`) +
          `, or add "${namespace}" under fallback.ui in ${declarationFile}.`,
      );
    }
    if (missingBases.length === 0 && declared) {
      errors.push(`${declarationFile}: fallback.ui lists "${namespace}", but ${file} has every string. Remove it from the list.`);
    }
  }
  for (const namespace of declaration.ui) {
    if (!namespaces.includes(namespace)) {
      errors.push(`${declarationFile}: fallback.ui lists "${namespace}", which is no namespace in src/i18n/ (no ${namespace}/en.json)`);
    }
  }
  return { part: uiPart, unit: 'strings', declaredFallback: declaration.ui.length > 0, tally, entries };
}

/** The least-reviewed state among several entries, e.g. for a page built from many. */
export function weakestState(states: EntryState[]): EntryState | undefined {
  const order: EntryState[] = ['fallback', 'draft', 'checked', 'reviewed'];
  return states.length === 0 ? undefined : order.find((state) => states.includes(state));
}

import { z } from 'zod';
import { defaultLocale, localeCodes, type LocaleCode } from '../locales';
import { mergeById } from './merge';
import {
  kindNames,
  kinds,
  sourcePart,
  translationRecord,
  type Entry,
  type KindName,
  type SourcePart,
} from './schema';
import { checkReferences } from './references';

/** The data files as parsed YAML, before validation. A kind without a structure file is empty. */
export interface RawContent {
  sources: unknown;
  kinds: Partial<Record<KindName, { structure: unknown; texts: Partial<Record<LocaleCode, unknown>> }>>;
}

export type EntriesByLocale<K extends KindName> = Record<LocaleCode, Entry<K>[]>;

export interface Content {
  sources: SourcePart[];
  kinds: { [K in KindName]: EntriesByLocale<K> };
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

function entryLabel(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : `#${index + 1}`;
}

/**
 * Validates and joins every kind in every locale. Never throws on bad data: it returns every
 * problem found, each naming the file and the entry, so one run shows them all.
 */
export function buildContent(raw: RawContent): { content: Content; errors: string[] } {
  const errors: string[] = [];

  const sourcesResult = z.array(sourcePart).safeParse(raw.sources ?? []);
  if (!sourcesResult.success) {
    errors.push(...describeIssues(sourcesResult.error).map((m) => `sources.yaml ${m}`));
  }

  const built = {} as Content['kinds'];
  for (const kind of kindNames) {
    built[kind] = buildKind(kind, raw.kinds[kind], errors) as never;
  }

  const content: Content = { sources: sourcesResult.success ? sourcesResult.data : [], kinds: built };
  errors.push(...checkReferences(content));
  return { content, errors };
}

function buildKind<K extends KindName>(
  kind: K,
  raw: RawContent['kinds'][K],
  errors: string[],
): EntriesByLocale<K> {
  const result = Object.fromEntries(localeCodes.map((code) => [code, []])) as unknown as EntriesByLocale<K>;
  if (!raw) return result;
  const structureSchema = kinds[kind].structure;

  const structureList = Array.isArray(raw.structure) ? raw.structure : [];
  if (!Array.isArray(raw.structure)) errors.push(`${kind}/structure.yaml: expected a list of entries`);
  const structures: Array<Record<string, unknown> & { id: string }> = [];
  structureList.forEach((value, index) => {
    const parsed = structureSchema.safeParse(value);
    if (parsed.success) structures.push(parsed.data as never);
    else {
      const label = entryLabel(value, index);
      errors.push(...describeIssues(parsed.error).map((m) => `${kind}/structure.yaml [${label}] ${m}`));
    }
  });
  reportDuplicates(structures.map((s) => s.id), `${kind}/structure.yaml`, errors);

  const englishTexts = parseTexts(kind, defaultLocale, raw.texts[defaultLocale], errors);
  for (const code of localeCodes) {
    const texts = code === defaultLocale ? englishTexts : parseTexts(kind, code, raw.texts[code], errors);
    for (const structure of structures) {
      const own = texts.get(structure.id);
      const english = englishTexts.get(structure.id);
      if (!english) {
        if (code === defaultLocale) errors.push(`${kind}/en.yaml: "${structure.id}" has no English text`);
        continue;
      }
      const chosen = own ?? english;
      const mergeErrors: string[] = [];
      const merged = mergeById(structure, chosen.text, `${kind}/${own ? code : 'en'}.yaml [${structure.id}]`, mergeErrors);
      errors.push(...mergeErrors);
      result[code].push({
        ...merged,
        locale: code,
        fallback: !own,
        translation: own ? own.translation : undefined,
      } as never);
    }
    const structureIds = new Set(structures.map((s) => s.id));
    for (const id of texts.keys()) {
      if (!structureIds.has(id)) errors.push(`${kind}/${code}.yaml: "${id}" is not in ${kind}/structure.yaml`);
    }
  }
  return result;
}

interface ParsedText {
  text: Record<string, unknown>;
  translation?: z.output<typeof translationRecord>;
}

function parseTexts(kind: KindName, code: LocaleCode, raw: unknown, errors: string[]): Map<string, ParsedText> {
  const texts = new Map<string, ParsedText>();
  if (raw === undefined || raw === null) return texts;
  const file = `${kind}/${code}.yaml`;
  if (!Array.isArray(raw)) {
    errors.push(`${file}: expected a list of entries`);
    return texts;
  }
  const ids: string[] = [];
  raw.forEach((value, index) => {
    const label = entryLabel(value, index);
    const { translation, ...rest } = (value ?? {}) as Record<string, unknown>;
    const parsed = kinds[kind].text.safeParse(rest);
    if (!parsed.success) {
      errors.push(...describeIssues(parsed.error).map((m) => `${file} [${label}] ${m}`));
      return;
    }
    let record: z.output<typeof translationRecord> | undefined;
    if (code === defaultLocale) {
      if (translation !== undefined) errors.push(`${file} [${label}] the English source has no translation record`);
    } else {
      const parsedRecord = translationRecord.safeParse(translation);
      if (parsedRecord.success) record = parsedRecord.data;
      else errors.push(`${file} [${label}] translation: ${describeIssues(parsedRecord.error).join('; ')}`);
    }
    const text = parsed.data as Record<string, unknown> & { id: string };
    ids.push(text.id);
    texts.set(text.id, { text, translation: record });
  });
  reportDuplicates(ids, file, errors);
  return texts;
}

function reportDuplicates(ids: string[], file: string, errors: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) errors.push(`${file}: "${id}" appears more than once`);
    seen.add(id);
  }
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes, type LocaleCode } from '../locales';

export type UiDictionary = Record<string, string>;

/**
 * The key under which a translated UI-string file records its review state, as data entries do:
 * `"_translation": { "status": "draft" }`. It is not a string and never reaches `t()`.
 */
export const translationRecordKey = '_translation';

/** One `src/i18n/<namespace>/<locale>.json`: its strings, and its review record as written. */
export interface UiFile {
  strings: UiDictionary;
  /** The raw `_translation` value; validated by src/lib/translation/check.ts. */
  translation?: unknown;
}

/** Every UI-string file, by namespace, then locale. A locale without a file is absent. */
export type UiFiles = Record<string, Partial<Record<LocaleCode, UiFile>>>;

/** Reads every `src/i18n/<namespace>/<locale>.json`. Build time and tests only. */
export function readUiFiles(i18nDir: string): UiFiles {
  const files: UiFiles = {};
  const namespaces = readdirSync(i18nDir, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const { name: namespace } of namespaces) {
    files[namespace] = {};
    for (const code of localeCodes) {
      const file = join(i18nDir, namespace, `${code}.json`);
      if (!existsSync(file)) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`src/i18n/${namespace}/${code}.json is not valid JSON: ${(error as Error).message}`);
      }
      const { [translationRecordKey]: translation, ...rest } = parsed as Record<string, unknown>;
      for (const [key, value] of Object.entries(rest)) {
        if (typeof value !== 'string') {
          throw new Error(`src/i18n/${namespace}/${code}.json: "${key}" must be a string`);
        }
      }
      files[namespace][code] = { strings: rest as UiDictionary, translation };
    }
  }
  return files;
}

/**
 * Every locale's UI strings as one flat dictionary, with keys prefixed by their namespace
 * (`principles.heading.practice`), as injected into Starlight's `t()`.
 */
export function flattenUiFiles(files: UiFiles): Record<LocaleCode, UiDictionary> {
  const result = Object.fromEntries(localeCodes.map((code) => [code, {}])) as Record<LocaleCode, UiDictionary>;
  for (const [namespace, byLocale] of Object.entries(files)) {
    for (const code of localeCodes) {
      for (const [key, value] of Object.entries(byLocale[code]?.strings ?? {})) {
        result[code][`${namespace}.${key}`] = value;
      }
    }
  }
  return result;
}

/** Reads every UI-string file into one flat dictionary per locale. Build time and tests only. */
export function readUiStrings(i18nDir: string): Record<LocaleCode, UiDictionary> {
  return flattenUiFiles(readUiFiles(i18nDir));
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes, type LocaleCode } from '../locales';

export type UiDictionary = Record<string, string>;

/**
 * Reads every `src/i18n/<namespace>/<locale>.json` into one flat dictionary per locale, with keys
 * prefixed by their namespace (`principles.heading.practice`). Build time and tests only.
 */
export function readUiStrings(i18nDir: string): Record<LocaleCode, UiDictionary> {
  const result = Object.fromEntries(localeCodes.map((code) => [code, {}])) as Record<LocaleCode, UiDictionary>;
  const namespaces = readdirSync(i18nDir, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const { name: namespace } of namespaces) {
    for (const code of localeCodes) {
      const file = join(i18nDir, namespace, `${code}.json`);
      if (!existsSync(file)) continue;
      let strings: unknown;
      try {
        strings = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`src/i18n/${namespace}/${code}.json is not valid JSON: ${(error as Error).message}`);
      }
      for (const [key, value] of Object.entries(strings as Record<string, unknown>)) {
        if (typeof value !== 'string') {
          throw new Error(`src/i18n/${namespace}/${code}.json: "${key}" must be a string`);
        }
        result[code][`${namespace}.${key}`] = value;
      }
    }
  }
  return result;
}

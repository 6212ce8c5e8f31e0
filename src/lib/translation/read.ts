import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { loadContent } from '../content/read';
import { readUiFiles } from '../i18n/read';
import { defaultLocale, isLocaleCode, translatedLocaleCodes, type LocaleCode } from '../locales';
import { assessTranslations, type DocPage, type TranslationInput, type TranslationReport } from './assess';
import { fallbackDeclaration, type FallbackDeclaration } from './declaration';

/** Reading what translators write, from disk. Build time and tests only. */

/** Every `src/data/locales/<code>.yaml`. A locale without one declares no fallback at all. */
export function readDeclarations(dataDir: string): {
  declarations: Partial<Record<LocaleCode, FallbackDeclaration>>;
  errors: string[];
} {
  const declarations: Partial<Record<LocaleCode, FallbackDeclaration>> = {};
  const errors: string[] = [];
  for (const code of translatedLocaleCodes) {
    const file = join(dataDir, 'locales', `${code}.yaml`);
    if (!existsSync(file)) continue;
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push(`src/data/locales/${code}.yaml is not valid YAML: ${(error as Error).message}`);
      continue;
    }
    const parsed = fallbackDeclaration.safeParse(raw ?? {});
    if (parsed.success) declarations[code] = parsed.data.fallback;
    else {
      errors.push(
        ...parsed.error.issues.map((i) => `src/data/locales/${code}.yaml ${i.path.join('.') || '(root)'}: ${i.message}`),
      );
    }
  }
  return { declarations, errors };
}

/** The YAML frontmatter of a Markdown or MDX file, or undefined when it has none. */
export function frontmatter(source: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return match ? ((parse(match[1]!) ?? {}) as Record<string, unknown>) : undefined;
}

/**
 * Every prose page in `src/content/docs/`. English pages are at the root, other locales in
 * `<code>/`; a page's path is its file path below that, without extension (`about`, `index`).
 */
export function readDocPages(docsDir: string, rootDir: string): DocPage[] {
  const pages: DocPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) {
        const parts = relative(docsDir, full).split(sep);
        const first = parts[0]!;
        const locale: LocaleCode = isLocaleCode(first) && first !== defaultLocale ? first : defaultLocale;
        const path = (locale === defaultLocale ? parts : parts.slice(1)).join('/').replace(/\.mdx?$/, '');
        const data = frontmatter(readFileSync(full, 'utf8'));
        pages.push({
          locale,
          path,
          file: relative(rootDir, full).split(sep).join('/'),
          ...(data?.translation !== undefined && { translation: data.translation }),
        });
      }
    }
  };
  walk(docsDir);
  return pages.sort((a, b) => a.file.localeCompare(b.file));
}

/** Everything translated, read from a Lantern checkout. Content errors throw (see loadContent). */
export function readTranslationInput(rootDir: string): { input: TranslationInput; errors: string[] } {
  const dataDir = join(rootDir, 'src', 'data');
  const { declarations, errors } = readDeclarations(dataDir);
  return {
    input: {
      content: loadContent(dataDir),
      ui: readUiFiles(join(rootDir, 'src', 'i18n')),
      pages: readDocPages(join(rootDir, 'src', 'content', 'docs'), rootDir),
      declarations,
    },
    errors,
  };
}

/**
 * The translation report for the site. Throws one error listing every gap that is not declared
 * as a fallback, every stale declaration and every broken translation file: the build stops here.
 */
export function loadTranslationReport(rootDir: string): TranslationReport {
  const { input, errors } = readTranslationInput(rootDir);
  const assessed = assessTranslations(input);
  const all = [...errors, ...assessed.errors];
  if (all.length > 0) {
    throw new Error(
      `Translations are incomplete or inconsistent (see docs/TRANSLATING.md):\n  - ${all.join('\n  - ')}`,
    );
  }
  return assessed.report;
}

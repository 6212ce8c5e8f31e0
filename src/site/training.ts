import { getCollection } from 'astro:content';
import type { Entry, Module } from '../lib/content/schema';
import type { LocaleCode } from '../lib/locales';
import { moduleNumber, type ModuleSummary } from '../lib/training/catalogue';
import { localePath, principleNumber, routes } from '../lib/urls';
import { entries } from './content';

/** What the training scripts need to know about a module, in the page's language. */
export function moduleSummary(module: Module, locale: LocaleCode): ModuleSummary {
  return {
    id: module.id,
    title: module.title,
    href: localePath(locale, routes.module(module.id)),
    certificateHref: localePath(locale, routes.moduleCertificate(module.id)),
    sections: module.sections.map((s) => ({ id: s.id, title: s.title })),
    scenarios: module.scenarios.map((s) => ({ id: s.id, title: s.title })),
    questions: module.quiz.map((q, index) => ({ id: q.id, number: index + 1 })),
  };
}

export interface PracticeLink {
  href: string;
  /** `P5`, `S6`, `first-contact`. */
  id: string;
  title: string;
  number?: number;
}

/**
 * The principles, standards and checklists a module teaches, as links. Standards and checklists
 * are written in parallel with the modules: one whose page is not in this build yet is left out,
 * so a module never links to a page that does not exist.
 */
export async function practiceLinks(module: Module, locale: LocaleCode) {
  const [principles, standards, checklists] = await Promise.all([
    entries('principles', locale),
    inLocale(linkTargets.standards(), locale),
    inLocale(linkTargets.checklists(), locale),
  ]);
  const pick = <T extends { id: string; title: string }>(ids: string[], list: T[], href: (id: string) => string): PracticeLink[] =>
    ids.flatMap((id) => {
      const found = list.find((e) => e.id === id);
      return found ? [{ id, title: found.title, href: localePath(locale, href(id)) }] : [];
    });
  return {
    principles: pick(module.principles, principles, routes.principle).map((p) => ({ ...p, number: principleNumber(p.id) })),
    standards: pick(module.standards, standards, routes.standard),
    checklists: pick(module.checklists, checklists, routes.checklist),
  };
}

/**
 * Standards and checklists, read once per build: Astro warns on every read of a collection that is
 * still empty, and every module page in every language asks.
 */
const linkTargets = {
  standards: once(() => getCollection('standards')),
  checklists: once(() => getCollection('checklists')),
};

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

async function inLocale<T extends Entry<'standards'> | Entry<'checklists'>>(
  collection: Promise<Array<{ id: string; data: unknown }>>,
  locale: LocaleCode,
): Promise<T[]> {
  return (await collection).filter((e) => e.id.startsWith(`${locale}/`)).map((e) => e.data as T);
}

export { moduleNumber };

/**
 * Options for `t()` when interpolating content (titles may hold apostrophes or quotes): i18next
 * escapes values for HTML and Astro escapes again when it renders, so let Astro do it, once.
 */
export const plainValues = { interpolation: { escapeValue: false } } as const;

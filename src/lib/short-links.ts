import { localeCodes, type LocaleCode } from './locales';
import { localePath, routes } from './urls';

/**
 * Short links as data. Trainers print links on handouts and posters and put QR codes on slides;
 * `/p/5/` is easier to type from paper than `/principles/5/`, and it must keep working for years.
 * This one function decides every short link and where it leads: the redirect pages
 * (src/pages/[...locale]/[short]/[target].astro) and the hosts' `_redirects` file are both
 * written from it, so the two can never disagree.
 */

export type ShortLinkKind = 'principle' | 'standard' | 'indicator' | 'checklist' | 'module';

/** What short links can lead to, by language-neutral ID. */
export interface ShortLinkTargets {
  /** `P1`…`P12`. */
  principles: string[];
  /** `S1`…, each with its indicators (`S1.1`…). */
  standards: Array<{ id: string; indicators: string[] }>;
  /** Checklist slugs: `first-contact`… */
  checklists: string[];
  /** `M1`… */
  modules: string[];
}

export interface ShortLink {
  kind: ShortLinkKind;
  /** The content ID it leads to: `P5`, `S5`, `S5.2`, `first-contact`, `M1`. */
  id: string;
  locale: LocaleCode;
  /** The short path, with the locale prefix: `/p/5/`, `/km/s/5.2/`. */
  from: string;
  /** The page (and anchor) it leads to: `/principles/5/`, `/km/standards/s5/#s5-2`. */
  to: string;
}

/** The short route and the full route of one piece of content, without locale prefix. */
export function shortRoute(kind: ShortLinkKind, id: string): { short: string; full: string } {
  switch (kind) {
    case 'principle':
      return { short: routes.shortPrinciple(id), full: routes.principle(id) };
    case 'standard':
      return { short: routes.shortStandard(id), full: routes.standard(id) };
    case 'indicator':
      return { short: routes.shortIndicator(id), full: routes.indicator(id) };
    case 'checklist':
      return { short: routes.shortChecklist(id), full: routes.checklist(id) };
    case 'module':
      return { short: routes.shortModule(id), full: routes.module(id) };
  }
}

/** Every short link in every given language, in a stable order (kind, then content order). */
export function shortLinks(targets: ShortLinkTargets, locales: readonly LocaleCode[] = localeCodes): ShortLink[] {
  const content: Array<{ kind: ShortLinkKind; id: string }> = [
    ...targets.principles.map((id) => ({ kind: 'principle' as const, id })),
    ...targets.standards.flatMap((s) => [
      { kind: 'standard' as const, id: s.id },
      ...s.indicators.map((id) => ({ kind: 'indicator' as const, id })),
    ]),
    ...targets.checklists.map((id) => ({ kind: 'checklist' as const, id })),
    ...targets.modules.map((id) => ({ kind: 'module' as const, id })),
  ];
  const links = locales.flatMap((locale) =>
    content.map(({ kind, id }) => {
      const { short, full } = shortRoute(kind, id);
      return { kind, id, locale, from: localePath(locale, short), to: localePath(locale, full) };
    }),
  );
  const seen = new Map<string, ShortLink>();
  for (const link of links) {
    const earlier = seen.get(link.from);
    if (earlier) throw new Error(`Short link ${link.from} would lead to both ${earlier.id} and ${link.id}`);
    seen.set(link.from, link);
  }
  return links;
}

/**
 * The same links as a `_redirects` file, the format Netlify and Cloudflare Pages read: one
 * `<from> <to> 301` line per link. Hosts without it serve the redirect pages instead.
 */
export function redirectsFile(links: readonly ShortLink[]): string {
  const lines = links.map((link) => `${link.from} ${link.to} 301`);
  return ['# Lantern short links (src/lib/short-links.ts). Permanent: never remove a line.', ...lines, ''].join('\n');
}

import { defaultLocale, type LocaleCode } from './locales';

/**
 * Every URL and anchor Lantern publishes is built here, so that links printed on paper and in
 * QR codes stay identical across languages but for the locale prefix, and stay stable over time.
 */

/** `/principles/1/` in English, `/km/principles/1/` in Khmer. `path` has no leading slash. */
export function localePath(locale: LocaleCode, path = ''): string {
  const trimmed = path.replace(/^\/+/, '');
  const prefix = locale === defaultLocale ? '/' : `/${locale}/`;
  return `${prefix}${trimmed}`;
}

/** Turns a content ID into the form used in URLs and fragment identifiers: `S5.2` → `s5-2`. */
export function idToSlug(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Principle IDs are `P1`…`P12`; their pages are numbered `/principles/1/` for readability. */
export function principleNumber(id: string): number {
  const match = /^P(\d+)$/.exec(id);
  if (!match) throw new Error(`Not a principle ID: "${id}"`);
  return Number(match[1]);
}

/** The number in a standard, indicator or module ID: `S5` → `5`, `S5.2` → `5.2`, `M3` → `3`. */
function idNumber(id: string, pattern: RegExp): string {
  const match = pattern.exec(id);
  if (!match) throw new Error(`"${id}" is not an ID of the form ${pattern}`);
  return match[1]!;
}

/** The standard an indicator belongs to: `S5.2` → `S5`. */
export function standardOfIndicator(id: string): string {
  const match = /^(S\d+)\.\d+$/.exec(id);
  if (!match) throw new Error(`Not an indicator ID: "${id}"`);
  return match[1]!;
}

export const routes = {
  home: () => '',
  principles: () => 'principles/',
  principle: (id: string) => `principles/${principleNumber(id)}/`,
  standards: () => 'standards/',
  standard: (id: string) => `standards/${idToSlug(id)}/`,
  checklists: () => 'checklists/',
  checklist: (id: string) => `checklists/${id}/`,
  indicator: (id: string) => `standards/${idToSlug(standardOfIndicator(id))}/#${idToSlug(id)}`,
  rights: () => 'rights/',
  right: (id: string) => `rights/#${idToSlug(id)}`,
  module: (id: string) => `training/${idToSlug(id)}/`,
  selfAssessment: () => 'self-assessment/',
  baseline: () => 'baseline/',
  economy: (id: string) => `baseline/${id}/`,
  background: () => 'background/',
  backgroundTopic: (id: string) => `background/${id}/`,
  glossary: () => 'glossary/',
  glossaryTerm: (id: string) => `glossary/#${id}`,
  about: () => 'about/',
  privacy: () => 'privacy/',
  translationStatus: () => 'translation-status/',
  /** The machine-readable translation record (not localised: one file for all languages). */
  translationStatusRecord: () => 'translation-status.json',
  training: () => 'training/',
  moduleFacilitator: (id: string) => `training/${idToSlug(id)}/facilitator/`,
  moduleHandout: (id: string) => `training/${idToSlug(id)}/handout/`,
  moduleCertificate: (id: string) => `training/${idToSlug(id)}/certificate/`,
  myLearning: () => 'training/my-learning/',
  offline: () => 'offline/',
  webManifest: () => 'manifest.webmanifest',
  /** Workshop views: one idea per screen, for a projector. */
  principleWorkshop: (id: string) => `principles/${principleNumber(id)}/workshop/`,
  standardWorkshop: (id: string) => `standards/${idToSlug(id)}/workshop/`,
  moduleWorkshop: (id: string) => `training/${idToSlug(id)}/workshop/`,
  /** A module's print-ready pack: handout, blank checklists, paper quiz and answer sheet. */
  moduleWorkshopPack: (id: string) => `training/${idToSlug(id)}/workshop-pack/`,
  /**
   * Short links, for paper, slides and QR codes: permanent, because printed links outlive any
   * redesign. Each is a redirect page to the route above it (src/lib/short-links.ts).
   */
  shortPrinciple: (id: string) => `p/${principleNumber(id)}/`,
  shortStandard: (id: string) => `s/${idNumber(id, /^S(\d+)$/)}/`,
  shortIndicator: (id: string) => `s/${idNumber(id, /^S(\d+\.\d+)$/)}/`,
  shortChecklist: (id: string) => `c/${id}/`,
  shortModule: (id: string) => `m/${idNumber(id, /^M(\d+)$/)}/`,
} as const;

/** The share panel's heading, on every page that has one (src/components/trainer/SharePanel.astro). */
export const shareAnchor = 'share';

/**
 * Fragment identifiers on a module page (`/training/m1/#<anchor>`). Sections and scenarios use
 * their own slugs; these are the page's fixed parts, which no section or scenario slug may take.
 */
export const moduleAnchors = {
  objectives: 'objectives',
  scenarios: 'scenarios',
  quiz: 'quiz',
  practice: 'in-practice',
  sources: 'sources',
  share: shareAnchor,
  question: (questionId: string) => `quiz-${idToSlug(questionId)}`,
} as const;

/** Absolute URL for a site path, using the public site URL set at build time. */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}

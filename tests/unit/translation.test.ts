import { describe, expect, it } from 'vitest';
import { buildContent, type RawContent } from '../../src/lib/content/build';
import { readRawContent } from '../../src/lib/content/read';
import { kindNames } from '../../src/lib/content/schema';
import type { UiFiles } from '../../src/lib/i18n/read';
import { translatedLocaleCodes, type LocaleCode } from '../../src/lib/locales';
import { assessTranslations, weakestState, type DocPage, type TranslationInput } from '../../src/lib/translation/assess';
import { emptyDeclaration, type FallbackDeclaration } from '../../src/lib/translation/declaration';
import { readDeclarations, readTranslationInput } from '../../src/lib/translation/read';
import { dataDir, root } from '../helpers/paths';

const real = readTranslationInput(root);

describe('the translations in this repository', () => {
  it('are complete wherever no fallback is declared, with no stale declaration', () => {
    expect([...real.errors, ...assessTranslations(real.input).errors]).toEqual([]);
  });

  it('declare their fallbacks for every translated locale', () => {
    expect(Object.keys(readDeclarations(dataDir).declarations).sort()).toEqual([...translatedLocaleCodes].sort());
  });
});

// ── Fixtures: copies of the real data, "translated" by copying the English ────────────────────

const statuses = ['draft', 'checked', 'reviewed'] as const;
const record = (status: (typeof statuses)[number]) =>
  status === 'draft'
    ? { status }
    : status === 'checked'
      ? { status, checkedOn: '2026-03-05' }
      : { status, reviewer: 'native-speaking social worker', reviewedOn: '2026-03-20' };

/**
 * The English principles copied into `locale` with translation records, cycling through the
 * statuses: a stand-in for a finished translation, so the checks can be shown without one.
 */
function withPseudoTranslation(raw: RawContent, locale: LocaleCode): RawContent {
  const copy = structuredClone(raw);
  const english = copy.kinds.principles!.texts.en as Array<Record<string, unknown>>;
  copy.kinds.principles!.texts[locale] = english.map((entry, index) => ({
    ...entry,
    translation: record(statuses[index % statuses.length]!),
  }));
  return copy;
}

function inputWith(raw: RawContent, declarations: Partial<Record<LocaleCode, FallbackDeclaration>>, overrides: Partial<TranslationInput> = {}): TranslationInput {
  const built = buildContent(raw);
  expect(built.errors).toEqual([]);
  return { ...real.input, content: built.content, declarations, ...overrides };
}

/** The real declarations, with one locale's changed. */
function declarationsWith(locale: LocaleCode, change: (d: FallbackDeclaration) => FallbackDeclaration) {
  const declarations = structuredClone(real.input.declarations);
  declarations[locale] = change(structuredClone(declarations[locale] ?? emptyDeclaration));
  return declarations;
}

const withoutPrinciples = (d: FallbackDeclaration) => ({ ...d, content: d.content.filter((k) => k !== 'principles') });

describe('completeness of translated content', () => {
  const raw = readRawContent(dataDir);

  it('accepts a locale that translates every principle and no longer declares them as falling back', () => {
    const input = inputWith(withPseudoTranslation(raw, 'th'), declarationsWith('th', withoutPrinciples));
    expect(assessTranslations(input).errors).toEqual([]);
  });

  it('fails, naming the entry, the file and the way out, when one translated entry is deleted', () => {
    const translated = withPseudoTranslation(raw, 'th');
    translated.kinds.principles!.texts.th = (translated.kinds.principles!.texts.th as Array<{ id: string }>).filter((e) => e.id !== 'P5');
    const { errors } = assessTranslations(inputWith(translated, declarationsWith('th', withoutPrinciples)));
    expect(errors).toEqual([
      'principles in th: P5 is missing from src/data/principles/th.yaml. Translate it, or declare the kind as falling back: add "principles" under fallback.content in src/data/locales/th.yaml.',
    ]);
  });

  it('lets a declared kind fall back entry by entry while its translation is under way', () => {
    const translated = withPseudoTranslation(raw, 'km');
    translated.kinds.principles!.texts.km = (translated.kinds.principles!.texts.km as unknown[]).slice(0, 4);
    const { errors, report } = assessTranslations(inputWith(translated, real.input.declarations));
    expect(errors).toEqual([]);
    const principles = report.locales.find((l) => l.locale === 'km')!.parts.find((p) => p.part === 'principles')!;
    expect(principles.tally).toEqual({ total: 12, fallback: 8, draft: 2, checked: 1, reviewed: 1 });
    expect(principles.entries[4]).toEqual({ id: 'P5', state: 'fallback' });
  });

  it('reports a declared fallback for a kind that is in fact fully translated, so the list shrinks', () => {
    // Declare principles for lo in the fixture, whether or not the real lo.yaml still does.
    const declared = declarationsWith('lo', (d) => ({ ...d, content: [...withoutPrinciples(d).content, 'principles'] }));
    const { errors } = assessTranslations(inputWith(withPseudoTranslation(raw, 'lo'), declared));
    expect(errors).toEqual([
      'src/data/locales/lo.yaml: fallback.content lists "principles", but all 12 entries are translated. Remove it from the list.',
    ]);
  });

  it('fails on a translated entry that lacks a nested item, even where the kind is declared', () => {
    const copy = structuredClone(raw);
    const [first] = copy.kinds.standards!.texts.en as Array<{ id: string; indicators: Array<{ id: string }> }>;
    copy.kinds.standards!.texts.vi = [
      { ...first!, indicators: first!.indicators.filter((i) => i.id !== 'S1.2'), translation: { status: 'draft' } },
    ];
    expect(buildContent(copy).errors).toEqual(['standards/vi.yaml [S1].indicators: "S1.2" has no text']);
  });

  it('counts entries by state for the status page, from the data', () => {
    const { report } = assessTranslations(inputWith(withPseudoTranslation(raw, 'my'), declarationsWith('my', withoutPrinciples)));
    const my = report.locales.find((l) => l.locale === 'my')!;
    expect(my.parts.find((p) => p.part === 'principles')!.tally).toEqual({ total: 12, fallback: 0, draft: 4, checked: 4, reviewed: 4 });
    expect(my.parts.find((p) => p.part === 'principles')!.entries[2]).toEqual({
      id: 'P3',
      state: 'reviewed',
      reviewer: 'native-speaking social worker',
      reviewedOn: '2026-03-20',
    });
    // Kinds without English content yet are not listed.
    const { content } = buildContent(raw);
    const kindsWithContent = kindNames.filter((kind) => content.kinds[kind].en.length > 0);
    expect(my.parts.map((p) => p.part)).toEqual([...kindsWithContent, 'pages', 'ui']);
  });

  it('orders states from least to most reviewed, for pages built from several entries', () => {
    expect(weakestState(['reviewed', 'checked', 'reviewed'])).toBe('checked');
    expect(weakestState(['reviewed', 'fallback'])).toBe('fallback');
    expect(weakestState([])).toBeUndefined();
  });
});

// ── UI strings ───────────────────────────────────────────────────────────────────────────

describe('completeness of UI strings', () => {
  const english = {
    'page.title': 'Principle {{number}}: {{title}}',
    'nav.about': 'About',
    'summary.items_one': 'One item',
    'summary.items_other': '{{count, number}} items',
  };
  const ui = (th?: Record<string, unknown>, en: Record<string, string> = english): UiFiles => {
    const { _translation, ...strings } = th ?? {};
    return {
      demo: {
        en: { strings: en },
        ...(th && { th: { strings: strings as Record<string, string>, translation: _translation } }),
      },
    };
  };
  const complete = {
    'page.title': 'หลักการที่ {{number}}: {{title}}',
    'nav.about': 'เกี่ยวกับ',
    'summary.items_other': '{{count, number}} รายการ',
    _translation: { status: 'draft' },
  };
  const declaring = (namespaces: string[]) => declarationsWith('th', (d) => ({ ...d, ui: namespaces }));
  const assess = (files: UiFiles, declared: string[] = []) =>
    assessTranslations({ ...real.input, ui: files, declarations: declaring(declared) }).errors.filter(
      (e) => ['src/i18n/demo/th.json', 'src/i18n/demo/en.json', 'src/data/locales/th.yaml'].some((file) => e.startsWith(file)),
    );

  it('accepts a file with every key, in the plural forms of the language (Thai has only _other)', () => {
    expect(assess(ui(complete))).toEqual([]);
  });

  it('fails on a missing key unless the namespace is declared as falling back', () => {
    const { 'nav.about': _, ...partial } = complete;
    expect(assess(ui(partial))).toEqual([
      'src/i18n/demo/th.json lacks 1 of 3 strings English has (nav.about). Translate them, or add "demo" under fallback.ui in src/data/locales/th.yaml.',
    ]);
    expect(assess(ui(partial), ['demo'])).toEqual([]);
    expect(assess(ui(), ['demo'])).toEqual([]);
    expect(assess(ui())).toEqual([
      'src/i18n/demo/th.json does not exist. Translate the 3 strings of src/i18n/demo/en.json into it, or add "demo" under fallback.ui in src/data/locales/th.yaml.',
    ]);
  });

  it('counts an empty string as missing: the reader would see English', () => {
    expect(assess(ui({ ...complete, 'nav.about': ' ' }))).toHaveLength(1);
  });

  it('fails on keys English does not have, and on plural forms the language does not use', () => {
    expect(assess(ui({ ...complete, 'nav.old': 'เก่า', 'summary.items_one': 'หนึ่งรายการ' }))).toEqual([
      'src/i18n/demo/th.json: "nav.old" is not in the English file src/i18n/demo/en.json',
      'src/i18n/demo/th.json: "summary.items_one" is not a plural form of th (it uses _other)',
    ]);
  });

  it('fails when a placeholder is lost, renamed or invented', () => {
    expect(assess(ui({ ...complete, 'page.title': 'หลักการที่ {{num}}: {{title}}', 'summary.items_other': 'รายการ' }))).toEqual([
      'src/i18n/demo/th.json: "page.title" lacks {{number}}, which the English has',
      'src/i18n/demo/th.json: "page.title" has {{num}}, which the English does not',
      'src/i18n/demo/th.json: "summary.items_other" lacks {{count}}, which the English has',
    ]);
  });

  it('needs English to write every English plural form', () => {
    const { 'summary.items_one': _, ...onlyOther } = english;
    expect(assess(ui(complete, onlyOther))).toContain('src/i18n/demo/en.json: plural "summary.items" needs the English form "summary.items_one"');
  });

  it('needs a review record in every translated file', () => {
    const { _translation, ...unrecorded } = complete;
    expect(assess(ui(unrecorded))).toEqual(['src/i18n/demo/th.json: add its review state, e.g. "_translation": { "status": "draft" }']);
    expect(assess(ui({ ...complete, _translation: { status: 'checked' } }))).toEqual([
      'src/i18n/demo/th.json: _translation: (record): a checked entry gives the date of the back-translation check (checkedOn)',
    ]);
  });

  it('reports a declared namespace that is complete, or does not exist', () => {
    expect(assess(ui(complete), ['demo', 'nothing'])).toEqual([
      'src/data/locales/th.yaml: fallback.ui lists "demo", but src/i18n/demo/th.json has every string. Remove it from the list.',
      'src/data/locales/th.yaml: fallback.ui lists "nothing", which is no namespace in src/i18n/ (no nothing/en.json)',
    ]);
  });

  it('counts strings once per key, whatever the language’s plural forms', () => {
    const { report } = assessTranslations({ ...real.input, ui: ui(complete), declarations: declaring([]) });
    const th = report.locales.find((l) => l.locale === 'th')!.parts.find((p) => p.part === 'ui')!;
    expect(th.tally).toEqual({ total: 3, fallback: 0, draft: 3, checked: 0, reviewed: 0 });
    expect(th.entries).toEqual([{ id: 'demo', state: 'draft', missing: 0 }]);
  });
});

// ── Prose pages ──────────────────────────────────────────────────────────────────────────

describe('completeness of prose pages', () => {
  const english: DocPage[] = ['index', 'about', 'background/impact', 'background/resilience'].map((path) => ({
    locale: 'en',
    path,
    file: `src/content/docs/${path}.mdx`,
  }));
  const page = (path: string, translation: unknown = { status: 'draft' }): DocPage => ({
    locale: 'id',
    path,
    file: `src/content/docs/id/${path}.mdx`,
    translation,
  });
  const assess = (pages: DocPage[], declared: string[]) =>
    assessTranslations({
      ...real.input,
      pages: [...english, ...pages],
      declarations: declarationsWith('id', (d) => ({ ...d, pages: declared })),
    }).errors.filter((e) => e.includes('/id/') || e.includes(' id:') || e.includes('id.yaml'));

  it('accepts pages that are translated or declared, a folder declaration covering its pages', () => {
    expect(assess([page('index'), page('about')], ['background/'])).toEqual([]);
  });

  it('fails on an undeclared missing page, naming it', () => {
    expect(assess([page('index')], ['background/'])).toEqual([
      'Pages in id: about is not translated. Translate it into src/content/docs/id/, or add it under fallback.pages in src/data/locales/id.yaml.',
    ]);
  });

  it('needs a review record in a translated page’s frontmatter, and an English page to translate', () => {
    const unrecorded = { ...page('index'), translation: undefined };
    expect(assess([unrecorded, page('about'), page('contact')], ['background/'])).toEqual([
      'src/content/docs/id/index.mdx: a translated page records its review state in its frontmatter, e.g. translation: { status: draft }',
      'src/content/docs/id/contact.mdx has no English page "contact": translated pages use the English page\'s path',
    ]);
  });

  it('reports declarations that are translated already, or match no page', () => {
    expect(assess([page('index'), page('about'), page('background/impact'), page('background/resilience')], ['about', 'background/', 'glossary'])).toEqual([
      'src/data/locales/id.yaml: fallback.pages lists "about", but it is translated. Remove it from the list.',
      'src/data/locales/id.yaml: fallback.pages lists "background/", but it is translated. Remove it from the list.',
      'src/data/locales/id.yaml: fallback.pages lists "glossary", which is no English page in src/content/docs/',
    ]);
  });
});

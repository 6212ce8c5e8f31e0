import { z } from 'zod';

/**
 * Lantern's content model.
 *
 * Each kind of content is split in two:
 * - a **structure** file (`src/data/<kind>/structure.yaml`), language-neutral: IDs, order,
 *   cross-references by ID and source references. A fact that does not change with the language
 *   lives here, once.
 * - one **text** file per locale (`src/data/<kind>/<locale>.yaml`): the words, keyed by the same IDs.
 *
 * `merge.ts` joins the two by ID (including nested lists such as indicators or quiz options);
 * `references.ts` checks that every cross-reference resolves.
 */

const nonEmpty = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const principleId = z.string().regex(/^P([1-9]|1[0-2])$/, 'expected P1…P12');
export const standardId = z.string().regex(/^S\d+$/, 'expected S followed by a number, e.g. S5');
export const indicatorId = z.string().regex(/^S\d+\.\d+$/, 'expected e.g. S5.2');
export const rightId = z.string().regex(/^R[1-9]$/, 'expected R1…R9');
export const slugId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case slug');
export const moduleId = z.string().regex(/^M\d+$/, 'expected M followed by a number, e.g. M3');

/** Where in the report a fact comes from. `part` is an ID from `src/data/sources.yaml`. */
export const sourceRef = z
  .object({
    part: slugId,
    /** Numbered item within the part: principle 5, recommendation 11, question 12. */
    item: z.number().int().positive().optional(),
    /** The report's own heading nearest to the fact, verbatim (English), as a locator. */
    heading: nonEmpty.optional(),
    /**
     * A short verbatim phrase from the report that the fact rests on: a figure, a name, a date.
     * Never shown; tests check that it occurs within the part, so figures cannot drift.
     */
    evidence: nonEmpty.optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof sourceRef>;

export const sources = z.array(sourceRef).min(1, 'every entry needs at least one source reference');

export const sourcePart = z
  .object({
    id: slugId,
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    itemKind: z.enum(['principle', 'right', 'recommendation', 'question', 'limitation']).optional(),
  })
  .strict();
export type SourcePart = z.infer<typeof sourcePart>;

/**
 * Review state of a translated entry. `draft`: machine or non-native translation. `checked`: an
 * independent back-translation was compared with the English and drift fixed. `reviewed`: a
 * native-speaking practitioner (named by role, never by name) reviewed it.
 */
export const translationStatus = z.enum(['draft', 'checked', 'reviewed']);
export type TranslationStatus = z.infer<typeof translationStatus>;

export const translationRecord = z
  .object({
    status: translationStatus,
    checkedOn: isoDate.optional(),
    reviewer: nonEmpty.optional(),
    reviewedOn: isoDate.optional(),
  })
  .refine((r) => r.status !== 'reviewed' || (r.reviewer && r.reviewedOn), {
    message: 'a reviewed entry names the reviewer’s role and the date (reviewer, reviewedOn)',
  })
  .refine((r) => r.status !== 'checked' || r.checkedOn, {
    message: 'a checked entry gives the date of the back-translation check (checkedOn)',
  });
export type TranslationRecord = z.output<typeof translationRecord>;

// ── Principles (Annex II) ────────────────────────────────────────────────────────────────

export const principleStructure = z.object({ id: principleId, source: sources }).strict();

export const principleText = z
  .object({
    id: principleId,
    title: nonEmpty,
    /** The principle in plain words. */
    summary: nonEmpty,
    /** The key considerations Annex II lists under the principle (only principle 1 has them). */
    considerations: z.array(nonEmpty).default([]),
    practice: z.array(nonEmpty).min(1),
    warningSigns: z.array(nonEmpty).min(1),
  })
  .strict();

// ── Minimum standards of care and their indicators ─────────────────────────────────────

export const standardStructure = z
  .object({
    id: standardId,
    principles: z.array(principleId).min(1),
    source: sources,
    indicators: z
      .array(z.object({ id: indicatorId, source: sources }).strict())
      .min(3)
      .max(6),
  })
  .strict();

export const standardText = z
  .object({
    id: standardId,
    title: nonEmpty,
    statement: nonEmpty,
    indicators: z.array(z.object({ id: indicatorId, text: nonEmpty }).strict()),
    guidance: z
      .object({
        practice: z.array(nonEmpty).min(1),
        pitfalls: z.array(nonEmpty).min(1),
        children: z.array(nonEmpty).min(1),
        men: z.array(nonEmpty).min(1),
      })
      .strict(),
  })
  .strict();

// ── The nine rights (Ch. 9) ─────────────────────────────────────────────────────────────

export const rightStructure = z
  .object({ id: rightId, indicators: z.array(indicatorId).min(1), source: sources })
  .strict();

export const rightText = z
  .object({ id: rightId, title: nonEmpty, explanation: z.array(nonEmpty).min(1) })
  .strict();

// ── Case-management checklists ──────────────────────────────────────────────────────────

export const checklistStructure = z
  .object({
    id: slugId,
    sections: z
      .array(
        z
          .object({
            id: slugId,
            items: z
              .array(
                z
                  .object({
                    id: z.string().regex(/^[a-z0-9-]+\.\d+$/, 'expected <checklist>.<n>'),
                    indicators: z.array(indicatorId).min(1),
                    source: sources,
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const checklistText = z
  .object({
    id: slugId,
    title: nonEmpty,
    purpose: nonEmpty,
    when: nonEmpty,
    who: nonEmpty,
    sections: z.array(
      z
        .object({
          id: slugId,
          title: nonEmpty,
          items: z.array(
            z.object({ id: z.string(), action: nonEmpty, why: nonEmpty.optional() }).strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

// ── Training modules ───────────────────────────────────────────────────────────────────

const optionId = z.enum(['a', 'b', 'c', 'd', 'e']);

export const moduleStructure = z
  .object({
    id: moduleId,
    durationMinutes: z.number().int().positive(),
    principles: z.array(principleId).min(1),
    standards: z.array(standardId).min(1),
    checklists: z.array(slugId).default([]),
    source: sources,
    sections: z.array(z.object({ id: slugId, source: sources }).strict()).min(1),
    scenarios: z
      .array(z.object({ id: slugId, kind: z.enum(['scenario', 'role-play']) }).strict())
      .min(2),
    quiz: z
      .array(
        z
          .object({
            id: z.string().regex(/^q\d+$/, 'expected q1, q2, …'),
            correct: optionId,
            options: z.array(z.object({ id: optionId }).strict()).min(3).max(5),
            source: sources,
          })
          .strict()
          .refine((q) => q.options.some((o) => o.id === q.correct), {
            message: 'the correct answer must be one of the options',
          }),
      )
      .min(6),
  })
  .strict();

export const moduleText = z
  .object({
    id: moduleId,
    title: nonEmpty,
    summary: nonEmpty,
    objectives: z.array(nonEmpty).min(1),
    sections: z.array(z.object({ id: slugId, title: nonEmpty, body: nonEmpty }).strict()),
    scenarios: z.array(
      z
        .object({ id: slugId, title: nonEmpty, body: nonEmpty, questions: z.array(nonEmpty).min(1) })
        .strict(),
    ),
    quiz: z.array(
      z
        .object({
          id: z.string(),
          question: nonEmpty,
          options: z.array(z.object({ id: optionId, text: nonEmpty, feedback: nonEmpty }).strict()),
        })
        .strict(),
    ),
    facilitator: z
      .object({
        plan: z.array(z.object({ minutes: z.number().int().positive(), activity: nonEmpty }).strict()).min(1),
        materials: z.array(nonEmpty).min(1),
        safety: z.array(nonEmpty).min(1),
      })
      .strict(),
    handout: z.object({ title: nonEmpty, points: z.array(nonEmpty).min(1) }).strict(),
  })
  .strict();

// ── Glossary ───────────────────────────────────────────────────────────────────────────

export const glossaryStructure = z
  .object({
    id: slugId,
    /** Other terms a reader of this one should see next ("see also"). */
    related: z.array(slugId).default([]),
    source: sources,
  })
  .strict();

export const glossaryText = z
  .object({
    id: slugId,
    term: nonEmpty,
    definition: nonEmpty,
    /** Other written forms of the term (plural, inflections) that should link to it. */
    forms: z.array(nonEmpty).default([]),
    /** For translators: why the chosen rendering, where the term is hard to translate. */
    note: nonEmpty.optional(),
  })
  .strict();

// ── The Annex I questionnaire, as covered by the self-assessment ──────────────────────

export const questionId = z.string().regex(/^Q([1-9]|1[0-8])$/, 'expected Q1…Q18');

/**
 * Each question of the baseline questionnaire, cited by its section part and number. Which
 * indicators cover it is not written here: it is derived from the indicators that cite the same
 * question, so the mapping cannot drift from the standards.
 */
export const questionStructure = z.object({ id: questionId, source: sources }).strict();

export const questionText = z.object({ id: questionId, topic: nonEmpty }).strict();
// ── Facts: the figures, dates and names that words quote ────────────────────────────────

/**
 * A reference that proves a fact: it must quote, in `evidence`, the report's own words for it.
 * `src/lib/content/facts.ts` checks that the value is written inside that evidence, and the
 * report test checks that the evidence is written inside the cited part of the report.
 */
const evidencedSources = sources.refine((refs) => refs.some((ref) => ref.evidence), {
  message: 'a fact needs a source reference with the evidence (the report’s own words) for its value',
});

const factBase = { id: slugId, source: evidencedSources };

/**
 * A figure, date or name, stored once and language-neutral. Words refer to it as `{{id}}`; each
 * locale formats numbers and dates its own way (`src/lib/content/facts.ts`), and no locale can
 * change the value.
 */
export const fact = z.discriminatedUnion('kind', [
  z.object({ ...factBase, kind: z.literal('number'), value: z.number().nonnegative() }).strict(),
  z.object({ ...factBase, kind: z.literal('year'), value: z.number().int().min(1900).max(2100) }).strict(),
  z.object({ ...factBase, kind: z.literal('date'), value: isoDate }).strict(),
  z
    .object({ ...factBase, kind: z.literal('month'), value: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM') })
    .strict(),
  /** The name of a law, plan or agreement, exactly as the report writes it (shown in English). */
  z.object({ ...factBase, kind: z.literal('name'), value: nonEmpty }).strict(),
]);
export type Fact = z.infer<typeof fact>;
const facts = z.array(fact).default([]);

/** Paragraphs and bullet points of plain text, with `{{fact-id}}` placeholders. */
const prose = {
  paragraphs: z.array(nonEmpty).min(1),
  points: z.array(nonEmpty).default([]),
};

// ── Regional baseline (2007): country profiles from Ch. 2–8 ───────────────────────────

export const economyIds = ['cambodia', 'china', 'indonesia', 'lao-pdr', 'myanmar', 'thailand', 'viet-nam'] as const;
export const economyId = z.enum(economyIds);
export type EconomyId = z.infer<typeof economyId>;

/** The topics a profile covers, in the order of the questionnaire (Annex I). Headings are UI strings. */
export const profileSectionIds = [
  'interviewed',
  'context',
  'services',
  'mental-health',
  'assessment',
  'standards',
  'community',
  'carers',
  'effectiveness',
  'constraints',
  'conclusions',
] as const;
export const profileSectionId = z.enum(profileSectionIds);

/** One agency's answer to question 18: "on a scale of 1 to 5, how would you rate your services?" */
const rating = z
  .object({
    /** Agencies are numbered in the report's tables, never named. */
    id: z.string().regex(/^agency-\d+$/, 'expected agency-<n>'),
    scores: z
      .array(
        z
          .object({
            aspect: z.enum(['overall', 'recovery', 'reintegration', 'aftercare']),
            score: z.number().int().min(1).max(5),
            /** The top of a range the agency gave ("2-3"). */
            upTo: z.number().int().min(1).max(5).optional(),
          })
          .strict(),
      )
      .default([]),
    source: evidencedSources,
  })
  .strict();
export type Rating = z.infer<typeof rating>;

export const profileStructure = z
  .object({
    id: economyId,
    /** The first reference is the country chapter itself. */
    source: sources,
    facts,
    sections: z.array(z.object({ id: profileSectionId, source: sources }).strict()).min(1),
    ratings: z.array(rating).default([]),
  })
  .strict()
  .refine((p) => p.ratings.length === 0 || p.sections.some((s) => s.id === 'effectiveness'), {
    message: 'a profile with ratings needs an "effectiveness" section to show them in',
  });

export const profileText = z
  .object({
    id: economyId,
    /** One or two sentences: the picture the chapter gives of 2007. */
    summary: nonEmpty,
    sections: z.array(z.object({ id: profileSectionId, ...prose }).strict()),
  })
  .strict();

// ── Regional findings (Ch. 9 and the methodology) ─────────────────────────────────────

export const findingStructure = z
  .object({ id: slugId, group: z.enum(['summary', 'limitation']), facts, source: sources })
  .strict();

export const findingText = z.object({ id: slugId, title: nonEmpty, ...prose }).strict();

// ── The eleven key recommendations (Ch. 9) ─────────────────────────────────────────────

export const recommendationId = z
  .string()
  .regex(/^recommendation-([1-9]|1[01])$/, 'expected recommendation-1…recommendation-11');

/**
 * A recommendation names the principles, standards, checklists and training modules that act on
 * it. The IDs are checked for form here and, once that kind has entries, for existence
 * (references.ts); pages link only to entries that exist.
 */
export const recommendationStructure = z
  .object({
    id: recommendationId,
    principles: z.array(principleId).default([]),
    standards: z.array(standardId).default([]),
    checklists: z.array(slugId).default([]),
    modules: z.array(moduleId).default([]),
    source: sources,
  })
  .strict();

export const recommendationText = z
  .object({ id: recommendationId, title: nonEmpty, summary: nonEmpty, points: z.array(nonEmpty).default([]) })
  .strict();

// ── Background knowledge (literature review) ───────────────────────────────────────────

/** The background pages, in reading order; each has a sidebar label (`background.topic.<id>`). */
export const backgroundTopicIds = [
  'psychosocial-well-being',
  'psychosocial-support-and-mental-health',
  'intervention-pyramid',
  'impact-of-trafficking',
  'culture-and-mental-health',
  'resilience',
  'damage-and-challenge-models',
] as const;
export const backgroundTopicId = z.enum(backgroundTopicIds);

export const backgroundStructure = z
  .object({
    id: backgroundTopicId,
    source: sources,
    facts,
    sections: z.array(z.object({ id: slugId, source: sources }).strict()).min(1),
    /** The levels of a layered figure (the intervention pyramid), from the base up. */
    levels: z
      .array(z.object({ id: slugId, level: z.number().int().min(1).max(9), source: sources }).strict())
      .default([]),
  })
  .strict();

export const backgroundText = z
  .object({
    id: backgroundTopicId,
    title: nonEmpty,
    summary: nonEmpty,
    sections: z.array(z.object({ id: slugId, title: nonEmpty, ...prose }).strict()),
    levels: z
      .array(
        z
          .object({
            id: slugId,
            /** Short label drawn inside the figure. */
            label: nonEmpty,
            description: nonEmpty,
            examples: z.array(nonEmpty).default([]),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/**
 * The registry of content kinds. Adding a kind here is all the loader, the completeness tests and
 * the translation-status page need to know about it.
 */
export const kinds = {
  principles: { structure: principleStructure, text: principleText },
  standards: { structure: standardStructure, text: standardText },
  rights: { structure: rightStructure, text: rightText },
  checklists: { structure: checklistStructure, text: checklistText },
  modules: { structure: moduleStructure, text: moduleText },
  glossary: { structure: glossaryStructure, text: glossaryText },
  questionnaire: { structure: questionStructure, text: questionText },
  baseline: { structure: profileStructure, text: profileText },
  findings: { structure: findingStructure, text: findingText },
  recommendations: { structure: recommendationStructure, text: recommendationText },
  background: { structure: backgroundStructure, text: backgroundText },
} as const;

export type KindName = keyof typeof kinds;
export const kindNames = Object.keys(kinds) as KindName[];

type Structure<K extends KindName> = z.output<(typeof kinds)[K]['structure']>;
type Text<K extends KindName> = z.output<(typeof kinds)[K]['text']>;

/** Structure and text joined by ID, nested lists merged item by item. */
type Joined<S, T> = {
  [Key in keyof S | keyof T]: Key extends keyof S
    ? Key extends keyof T
      ? S[Key] extends Array<infer SI>
        ? T[Key] extends Array<infer TI>
          ? Array<Joined<SI, TI>>
          : S[Key]
        : S[Key] extends object
          ? T[Key] extends object
            ? Joined<S[Key], T[Key]>
            : S[Key]
          : T[Key]
      : S[Key]
    : Key extends keyof T
      ? T[Key]
      : never;
};

export interface EntryMeta {
  locale: string;
  /** True when this locale has no translation of the entry and the English text is shown. */
  fallback: boolean;
  /** Review state; `undefined` for the English source text. */
  translation?: z.output<typeof translationRecord>;
}

export type Entry<K extends KindName> = Joined<Structure<K>, Text<K>> & EntryMeta;

export type Principle = Entry<'principles'>;
export type Standard = Entry<'standards'>;
export type Indicator = Standard['indicators'][number];
export type Right = Entry<'rights'>;
export type Checklist = Entry<'checklists'>;
export type ChecklistItem = Checklist['sections'][number]['items'][number];
export type Module = Entry<'modules'>;
export type GlossaryTerm = Entry<'glossary'>;
export type Question = Entry<'questionnaire'>;
export type Profile = Entry<'baseline'>;
export type Finding = Entry<'findings'>;
export type Recommendation = Entry<'recommendations'>;
export type BackgroundTopic = Entry<'background'>;

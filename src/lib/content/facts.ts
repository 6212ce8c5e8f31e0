import { getLocale, type LocaleCode } from '../locales';
import type { Fact } from './schema';

/**
 * Facts (figures, dates, names of laws) are stored once in a kind's structure file; the words in
 * every locale refer to them as `{{fact-id}}`. This module formats them for a locale and checks
 * that the words and the facts agree.
 */

const placeholder = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

export type Segment = { text: string } | { fact: string };

/** Splits words into plain text and fact placeholders, in order. */
export function splitPlaceholders(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholder)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ fact: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The fact IDs a text refers to. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholder)].map((m) => m[1]!);
}

/**
 * The tag numbers and dates are formatted with. English uses British conventions
 * ("27 September 2007"), as Lantern's English does.
 */
export function formattingLang(locale: LocaleCode): string {
  return locale === 'en' ? 'en-GB' : getLocale(locale).lang;
}

/** A fact as a reader of `locale` expects to see it. Years and dates use the Gregorian calendar, as the report does. */
export function formatFact(fact: Fact, locale: LocaleCode): string {
  const lang = formattingLang(locale);
  switch (fact.kind) {
    case 'number':
      return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(fact.value);
    case 'year':
      return new Intl.NumberFormat(lang, { useGrouping: false }).format(fact.value);
    case 'date':
      return new Intl.DateTimeFormat(lang, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
        calendar: 'gregory',
      }).format(new Date(`${fact.value}T00:00:00Z`));
    case 'month':
      return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' }).format(
        new Date(`${fact.value}-01T00:00:00Z`),
      );
    case 'name':
      return fact.value;
  }
}

/** Words with every placeholder replaced by its formatted fact (for page descriptions and tests). */
export function renderPlain(text: string, facts: Fact[], locale: LocaleCode): string {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return splitPlaceholders(text)
    .map((segment) => {
      if ('text' in segment) return segment.text;
      const fact = byId.get(segment.fact);
      if (!fact) throw new Error(`Unknown fact "${segment.fact}"`);
      return formatFact(fact, locale);
    })
    .join('');
}

// ── Checks ──────────────────────────────────────────────────────────────────────────────

const numberWords = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const tensWords: Record<number, string> = {
  30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety',
};
const monthNames = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

const normalise = (text: string) =>
  text.replace(/[\s\u00a0]+/g, ' ').replace(/- /g, '-').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim().toLowerCase();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `2200` is written "2200", "2,200" or, for small whole numbers, "two". */
function writtenNumbers(value: number): string[] {
  const forms = [String(value), value.toLocaleString('en-US', { maximumFractionDigits: 2 })];
  if (Number.isInteger(value) && value < numberWords.length) forms.push(numberWords[value]!);
  if (tensWords[value]) forms.push(tensWords[value]);
  return forms;
}

function occursAsNumber(haystack: string, value: number): boolean {
  return writtenNumbers(value).some((form) =>
    /^[a-z]+$/.test(form)
      ? new RegExp(`\\b${form}\\b`).test(haystack)
      : new RegExp(`(?<![\\d.,])${escape(form)}(?![\\d]|[.,]\\d)`).test(haystack),
  );
}

/** True when the report's words (`evidence`) state the fact's value. */
export function evidenceStates(fact: Fact, evidence: string): boolean {
  const text = normalise(evidence);
  switch (fact.kind) {
    case 'number':
    case 'year':
      return occursAsNumber(text, fact.value);
    case 'date': {
      const [year, month, day] = fact.value.split('-').map(Number) as [number, number, number];
      return occursAsNumber(text, year) && text.includes(monthNames[month - 1]!) && occursAsNumber(text, day);
    }
    case 'month': {
      const [year, month] = fact.value.split('-').map(Number) as [number, number];
      return occursAsNumber(text, year) && text.includes(monthNames[month - 1]!);
    }
    case 'name':
      return text.includes(normalise(fact.value));
  }
}

/** All strings of an entry that are words (not sources, facts or IDs). */
function wordsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => wordsOf(item, out));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'source' || key === 'facts' || key === 'id' || key === 'translation') continue;
      wordsOf(inner, out);
    }
  }
  return out;
}

/**
 * Checks one entry in one locale: every placeholder names one of the entry's facts, every fact is
 * used by the words (a translation cannot drop a figure), and every fact's value is stated in the
 * evidence it cites.
 */
export function checkEntryFacts(
  owner: string,
  entry: { facts?: Fact[] } & Record<string, unknown>,
  checkEvidence: boolean,
): string[] {
  const errors: string[] = [];
  const facts = entry.facts ?? [];
  const ids = new Set(facts.map((f) => f.id));
  const used = new Set<string>();
  for (const text of wordsOf(entry)) {
    for (const id of placeholdersIn(text)) {
      used.add(id);
      if (!ids.has(id)) errors.push(`${owner} refers to fact "{{${id}}}", which it does not define`);
    }
  }
  for (const fact of facts) {
    if (!used.has(fact.id)) errors.push(`${owner} defines fact "${fact.id}" but its words never use it`);
    if (checkEvidence && !fact.source.some((ref) => ref.evidence && evidenceStates(fact, ref.evidence))) {
      errors.push(`${owner} fact "${fact.id}" (${fact.kind} ${fact.value}) is not stated in the evidence it cites`);
    }
  }
  const seen = new Set<string>();
  for (const fact of facts) {
    if (seen.has(fact.id)) errors.push(`${owner} defines fact "${fact.id}" twice`);
    seen.add(fact.id);
  }
  return errors;
}

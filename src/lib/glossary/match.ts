/**
 * Finds glossary terms in running text, for linking a term's first use on a page to its entry.
 *
 * One regular expression per language holds every written form of every term (the headword and
 * its `forms`), longest first, so "mental-health professional" wins over "mental health" where
 * both could match. Matching ignores case and treats any run of white space as one space.
 * In languages written with spaces, a match must be a whole word (a hyphen counts as part of a
 * word, so "trauma" does not match inside "trauma-informed"); in Thai, Khmer, Lao, Burmese and
 * Chinese, which have no spaces between words, any occurrence of the term matches.
 */

export interface TermForms {
  id: string;
  /** The headword first, then other written forms. */
  forms: string[];
}

export interface TermMatch {
  id: string;
  index: number;
  length: number;
}

export interface TermMatcher {
  /** Every match in `text`, in order, not overlapping. */
  findAll(text: string): TermMatch[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const wordChar = '[\\p{L}\\p{N}\\p{M}_-]';

export function createTermMatcher(terms: TermForms[], options: { spaced: boolean }): TermMatcher {
  const idByForm = new Map<string, string>();
  for (const term of terms) {
    for (const form of term.forms) {
      const k = key(form);
      if (k && !idByForm.has(k)) idByForm.set(k, term.id);
    }
  }
  const forms = [...idByForm.keys()].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return { findAll: () => [] };
  const alternatives = forms.map((form) => escape(form).replace(/ /g, '\\s+')).join('|');
  const pattern = options.spaced ? `(?<!${wordChar})(?:${alternatives})(?!${wordChar})` : `(?:${alternatives})`;
  const regex = new RegExp(pattern, 'giu');
  return {
    findAll(text) {
      const matches: TermMatch[] = [];
      for (const match of text.matchAll(regex)) {
        const id = idByForm.get(key(match[0]));
        if (id) matches.push({ id, index: match.index, length: match[0].length });
      }
      return matches;
    },
  };
}

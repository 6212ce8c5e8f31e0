import { readFileSync } from 'node:fs';
import { reportPath } from './paths';

/**
 * Finds text copied from the report. Lantern writes in its own words: facts, figures and names
 * carry over from the report, its sentences do not. A run of `runLength` consecutive words shared
 * with the report is treated as copying; short quoted phrases stay below that length.
 *
 * Both texts are normalised first, so that formatting cannot hide a copy: case, punctuation,
 * curly quotes, words hyphenated across the PDF's line breaks, and -ise/-ize spelling.
 *
 * Names carry over from the report by right (the full title of a convention is longer than eight
 * words). Pass them as `names`: a checked text is cut at each name, and the pieces between are
 * checked on their own, so a name neither counts as copying nor hides copying around it.
 */

/** The words of a text, normalised for comparison. */
export function comparableWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/'/g, '')
    .split(' ')
    .filter(Boolean)
    .map((word) => word.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1'));
}

export interface CopyDetector {
  /** Every maximal run of at least `runLength` words that also occurs in the source, as text. */
  copiedRuns(text: string): string[];
}

export interface CopyDetectorOptions {
  /** How many words in a row count as copying. */
  runLength?: number;
  /** Proper names that may be used in full (conventions, laws, institutions). */
  names?: string[];
}

export function createCopyDetector(sourceText: string, options: CopyDetectorOptions = {}): CopyDetector {
  const { runLength = 8, names = [] } = options;
  const sourceWords = comparableWords(sourceText);
  const runs = new Set<string>();
  for (let i = 0; i + runLength <= sourceWords.length; i++) {
    runs.add(sourceWords.slice(i, i + runLength).join(' '));
  }
  const nameKeys = names.map((name) => comparableWords(name).join(' ')).sort((a, b) => b.length - a.length);

  /** The text's words in pieces, cut wherever a name occurs. */
  const piecesOf = (text: string): string[][] => {
    let joined = ` ${comparableWords(text).join(' ')} `;
    for (const key of nameKeys) joined = joined.split(` ${key} `).join(' | ');
    return joined.split('|').map((piece) => piece.split(' ').filter(Boolean));
  };

  const runsIn = (words: string[]): string[] => {
    const found: string[] = [];
    let start = -1;
    let end = -1;
    for (let i = 0; i + runLength <= words.length; i++) {
      if (!runs.has(words.slice(i, i + runLength).join(' '))) continue;
      if (start >= 0 && i <= end) {
        end = i + runLength;
      } else {
        if (start >= 0) found.push(words.slice(start, end).join(' '));
        start = i;
        end = i + runLength;
      }
    }
    if (start >= 0) found.push(words.slice(start, end).join(' '));
    return found;
  };

  return { copiedRuns: (text) => piecesOf(text).flatMap(runsIn) };
}

/**
 * Every string in a parsed data file, labelled by its path (`S5.indicators.S5.2.text`), leaving out
 * IDs. Entries and list items that carry an `id` are labelled by it, so messages name the entry.
 */
export function textFields(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      const label = typeof id === 'string' ? id : String(index);
      return textFields(item, path ? `${path}.${label}` : label);
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'id' ? [] : textFields(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * Names and terms of the field that Lantern may use although the report uses them too: titles of
 * conventions and of the report, places, the workshop's dates, and the phrases the field names its
 * work by. Text is cut at each of them; copying between them is still found.
 */
export const reportNames = [
  'Convention on the Rights of the Child',
  'Convention on the Elimination of All Forms of Discrimination against Women',
  'Psychosocial and Mental Health Service Provision for Survivors of Trafficking in the Greater Mekong Sub-Region and Indonesia',
  'Greater Mekong Subregion',
  "Lao People's Democratic Republic",
  'Yunnan Province of China',
  '15 to 17 August 2007',
  'psychosocial and mental health',
  'psychosocial support and mental health',
  'mental health support',
  'mental health care',
];

/** The detector every "own words" test uses: the report, with its names allowed. */
export function reportCopyDetector(): CopyDetector {
  return createCopyDetector(readFileSync(reportPath, 'utf8'), { names: reportNames });
}

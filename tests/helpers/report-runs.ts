import { readFileSync } from 'node:fs';
import { reportPath } from './paths';

/**
 * Finds sentences copied from the report. Lantern writes in its own words: facts, figures and
 * names carry over, the report's sentences do not. Any run of `runLength` words that also occurs
 * in the report counts as copied. Case, punctuation, quote style, line breaks and words split by
 * the PDF's hyphenation are ignored on both sides, so a changed comma does not hide a copy.
 */
export const runLength = 8;

export function comparableWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .split(' ')
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

function runsOf(words: string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i + runLength <= words.length; i++) runs.push(words.slice(i, i + runLength).join(' '));
  return runs;
}

let reportRuns: Set<string> | undefined;

/** Every run of eight words in `text` that also occurs in the report, merged where they overlap. */
export function copiedRuns(text: string): string[] {
  reportRuns ??= new Set(runsOf(comparableWords(readFileSync(reportPath, 'utf8').replace(/-\s*\n\s*/g, '-'))));
  const words = comparableWords(text);
  const found: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + runLength <= words.length; i++) {
    if (!reportRuns.has(words.slice(i, i + runLength).join(' '))) continue;
    if (start >= 0 && i <= end) {
      end = i + runLength;
      continue;
    }
    if (start >= 0) found.push(words.slice(start, end).join(' '));
    start = i;
    end = i + runLength;
  }
  if (start >= 0) found.push(words.slice(start, end).join(' '));
  return found;
}

/** Every string in a parsed data file, labelled by its path, IDs left out. */
export function textFields(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      return textFields(item, `${path}.${typeof id === 'string' ? id : index}`);
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => (key === 'id' ? [] : textFields(item, path ? `${path}.${key}` : key)));
  }
  return [];
}

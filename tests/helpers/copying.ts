import { readFileSync } from 'node:fs';
import { reportPath } from './paths';

/**
 * "Own words" check: finds runs of `n` words that a text shares verbatim with the report. Both are
 * normalised the same way (lower case, curly quotes and dashes unified, line-break hyphens joined,
 * punctuation dropped), so a copied sentence cannot hide behind formatting.
 */
const normaliseWords = (text: string): string[] =>
  text
    .replace(/-\s*\n\s*/g, '-')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

const cache = new Map<number, Set<string>>();

function reportRuns(n: number): Set<string> {
  let runs = cache.get(n);
  if (!runs) {
    const words = normaliseWords(readFileSync(reportPath, 'utf8'));
    runs = new Set<string>();
    for (let i = 0; i + n <= words.length; i += 1) runs.add(words.slice(i, i + n).join(' '));
    cache.set(n, runs);
  }
  return runs;
}

/** The runs of `n` words in `text` that also occur in the report. */
export function copiedRuns(text: string, n = 8): string[] {
  const runs = reportRuns(n);
  const words = normaliseWords(text);
  const found: string[] = [];
  for (let i = 0; i + n <= words.length; i += 1) {
    const run = words.slice(i, i + n).join(' ');
    if (runs.has(run)) found.push(run);
  }
  return found;
}

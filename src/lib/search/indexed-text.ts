/**
 * The text Pagefind indexes and searches, where it differs from the text a reader sees.
 *
 * 1. Word segmentation for scripts written without spaces between words.
 *
 * Pagefind splits text into words on whitespace only (it segments zh, ja and th itself, and it
 * deletes U+200B instead of splitting on it), so a Khmer, Lao or Burmese sentence is one "word" to
 * it and a word from the middle of the sentence is never found. Lantern therefore indexes a copy
 * of each page in which spaces are inserted between the words `Intl.Segmenter` finds, and segments
 * the query the same way with the same function, so both sides agree on what a word is.
 *
 * Whitespace that was already in the text next to unspaced script (Khmer, Lao, Burmese and Thai
 * use a space between phrases) is kept as a space followed by a word joiner (U+2060), which
 * Pagefind keeps in its excerpts. `restoreSegmentedText` uses that mark to remove the inserted
 * spaces from result excerpts and titles while keeping the writer's own spaces, so excerpts read
 * exactly as the page does.
 *
 * 2. Vietnamese "đ". Pagefind finds "hồ sơ" for "ho so" because it strips combining marks on both
 * sides, but "đ" is a letter of its own (it has no decomposition), so "dong" never found "đồng".
 * Lantern writes "đ" as "d" + U+0335 (combining short stroke) in the indexed copy and in the query:
 * Pagefind strips the mark, so "dong" and "đồng" both match, and `restoreIndexedText` turns it back
 * into "đ" in excerpts.
 */

/** Letters, marks and script-specific punctuation of scripts written without spaces. */
const unspacedPattern = /[\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Han}]/u;
const whitespacePattern = /\s/u;

/** Marks a space that was in the original text (see above). */
export const originalSpaceMark = '\u2060';
const markedSpace = ` ${originalSpaceMark} `;

/**
 * Languages whose pages are indexed from a segmented copy and whose queries are segmented.
 * Pagefind segments Thai and Chinese itself, and measured on the search fixture it finds every
 * word from the middle of a sentence in both (tests/unit/search-fixture.test.ts), so Lantern
 * leaves those two to it.
 */
export const segmentedLanguages = ['km', 'lo', 'my'] as const;

/** Whether pages and queries in this BCP-47 language are segmented by Lantern. */
export function isSegmentedLanguage(lang: string | undefined | null): boolean {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return (segmentedLanguages as readonly string[]).includes(primary);
}

function isUnspaced(char: string | undefined): boolean {
  return char !== undefined && unspacedPattern.test(char);
}

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && whitespacePattern.test(char);
}

/** The whole character (code point) that ends just before `index`. */
function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return text.slice(start, index);
}

/** The whole character (code point) that starts at `index`. */
function charAt(text: string, index: number): string | undefined {
  const code = text.codePointAt(index);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

export interface SegmentOptions {
  /** Keep the writer's own spaces recognisable in the output (index side). Default true. */
  markOriginalSpaces?: boolean;
}

/**
 * Segments a run of text that is split across several pieces (the text nodes of one paragraph,
 * say, interrupted by `<strong>` or `<a>`). The run is segmented as a whole, so a word that
 * crosses a piece boundary stays one word; the result has one string per piece, in order.
 */
export function segmentRun(pieces: readonly string[], lang: string, options: SegmentOptions = {}): string[] {
  const markOriginal = options.markOriginalSpaces ?? true;
  const joined = pieces.join('');
  const owner: number[] = [];
  pieces.forEach((piece, index) => {
    for (let i = 0; i < piece.length; i++) owner.push(index);
  });
  const boundaries = new Set<number>();
  for (const { index } of wordSegmenter(lang).segment(joined)) boundaries.add(index);

  const out = pieces.map(() => '');
  const append = (piece: number | undefined, text: string | undefined) => {
    if (piece !== undefined && text !== undefined) out[piece] = (out[piece] ?? '') + text;
  };
  let i = 0;
  while (i < joined.length) {
    const char = charAt(joined, i)!;
    if (isWhitespace(char)) {
      let end = i;
      while (end < joined.length && isWhitespace(joined[end])) end++;
      if (isUnspaced(charBefore(joined, i)) || isUnspaced(charAt(joined, end))) {
        append(owner[i], markOriginal ? markedSpace : ' ');
      } else {
        for (let k = i; k < end; k++) append(owner[k], joined[k]);
      }
      i = end;
      continue;
    }
    const before = charBefore(joined, i);
    if (boundaries.has(i) && before !== undefined && !isWhitespace(before) && (isUnspaced(before) || isUnspaced(char))) {
      append(owner[i - 1], ' ');
    }
    append(owner[i], char);
    i += char.length;
  }
  return out;
}

const strokeMark = '\u0335';

function foldsDStroke(lang: string | undefined | null): boolean {
  return (lang ?? '').toLowerCase().split('-')[0] === 'vi';
}

function foldDStroke(text: string): string {
  return text.replace(/đ/gu, `d${strokeMark}`).replace(/Đ/gu, `D${strokeMark}`);
}

/** Whether Lantern indexes a changed copy of pages in this language. */
export function changesIndexedText(lang: string | undefined | null): boolean {
  return isSegmentedLanguage(lang) || foldsDStroke(lang);
}

/**
 * The index side: the text nodes of one run of text (see `segmentRun`), as Pagefind should read
 * them in a page whose language is `lang`.
 */
export function indexedRun(pieces: readonly string[], lang: string): string[] {
  if (isSegmentedLanguage(lang)) return segmentRun(pieces, lang);
  if (foldsDStroke(lang)) return pieces.map(foldDStroke);
  return [...pieces];
}

/** Segments one string (see `segmentRun`). */
export function segmentText(text: string, lang: string, options: SegmentOptions = {}): string {
  return segmentRun([text], lang, options)[0]!;
}

/**
 * The words of unspaced script in an indexed text (`indexedRun` output): the vocabulary the build
 * publishes for each segmented language, so queries can be cut into the index's own words.
 */
export function indexedWords(indexed: string): string[] {
  return indexed
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}\p{M}\p{N}]/gu, ''))
    .filter((word) => word.length > 0 && isUnspaced(charAt(word, 0)));
}

/**
 * The file, in the search bundle (`/pagefind/`), listing the words of unspaced script a language's
 * index holds: search cuts a query into these words (see `searchQuery`).
 */
export function vocabularyFile(lang: string): string {
  return `lantern-words.${lang.toLowerCase()}.json`;
}

const graphemes = new Map<string, Intl.Segmenter>();

/**
 * Cuts a run of unspaced script into words of the site's vocabulary: the fewest known words, with
 * anything unknown kept together. Browsers ship different ICU dictionaries (Chromium cuts
 * "រក្សាទុក", to keep, into two words where Node's ICU keeps one), so the query cannot rely on the
 * browser cutting it exactly as the build did; the build's own words can.
 */
function cutIntoKnownWords(run: string, lang: string, vocabulary: ReadonlySet<string>): string[] {
  let segmenter = graphemes.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'grapheme' });
    graphemes.set(lang, segmenter);
  }
  const clusters = [...segmenter.segment(run)].map((s) => s.segment);
  const n = clusters.length;
  const unknownCost = 1000;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  const known = new Array<boolean>(n + 1).fill(false);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 30); start < end; start++) {
      if (cost[start] === Infinity) continue;
      const word = clusters.slice(start, end).join('');
      const isKnown = vocabulary.has(word);
      if (!isKnown && end - start > 1) continue;
      const next = cost[start]! + (isKnown ? 1 : unknownCost);
      if (next < cost[end]!) {
        cost[end] = next;
        from[end] = start;
        known[end] = isKnown;
      }
    }
  }
  const pieces: Array<{ text: string; known: boolean }> = [];
  for (let end = n; end > 0; end = from[end]!) pieces.unshift({ text: clusters.slice(from[end], end).join(''), known: known[end]! });
  // Unknown clusters next to each other stay one piece: a word the site does not use, or one
  // still being typed, which Pagefind can match as a prefix.
  const words: string[] = [];
  let unknown = '';
  for (const piece of pieces) {
    if (piece.known) {
      if (unknown) words.push(unknown);
      unknown = '';
      words.push(piece.text);
    } else {
      unknown += piece.text;
    }
  }
  if (unknown) words.push(unknown);
  return words;
}

/**
 * The query side: what Pagefind UI's `processTerm` returns, so the query is cut and spelt as the
 * index was. Words of unspaced scripts are separated by single spaces, cut into the site's own
 * words when its vocabulary is given (see `cutIntoKnownWords`); other text is left as typed.
 */
export function searchQuery(term: string, lang: string, vocabulary?: ReadonlySet<string>): string {
  const typed = term.normalize('NFC');
  if (foldsDStroke(lang)) return foldDStroke(typed);
  if (!isSegmentedLanguage(lang)) return typed;
  if (!vocabulary || vocabulary.size === 0) {
    return segmentText(typed, lang, { markOriginalSpaces: false }).replace(/\s+/gu, ' ').trim();
  }
  const runs = typed.match(new RegExp(`${unspacedPattern.source}+|[^${unspacedPattern.source.slice(1, -1)}]+`, 'gu')) ?? [];
  return runs
    .map((run) => (isUnspaced(charAt(run, 0)) ? cutIntoKnownWords(run, lang, vocabulary).join(' ') : run))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const placeholder = '\uE000';
const tagPattern = /<[^>]*>/y;

/**
 * Undoes `indexedRun` in text shown to the reader: a result excerpt (HTML with `<mark>` tags and
 * escaped entities) or a title. Spaces next to unspaced script are removed unless marked as the
 * writer's own; marked spaces come back as one plain space; "d" + stroke becomes "đ" again.
 * Other text is untouched.
 */
export function restoreIndexedText(html: string): string {
  const marked = html.replace(new RegExp(` ?${originalSpaceMark} ?`, 'gu'), placeholder);
  // Visible characters with their positions, skipping tags, so a space between "</mark>" and a
  // letter is judged by the letter.
  const visible: Array<{ index: number; char: string }> = [];
  for (let i = 0; i < marked.length; ) {
    if (marked[i] === '<') {
      tagPattern.lastIndex = i;
      const tag = tagPattern.exec(marked);
      if (tag) {
        i += tag[0].length;
        continue;
      }
    }
    const char = charAt(marked, i)!;
    visible.push({ index: i, char });
    i += char.length;
  }
  const drop = new Set<number>();
  visible.forEach(({ index, char }, position) => {
    if (char !== ' ') return;
    const before = visible[position - 1]?.char;
    const after = visible[position + 1]?.char;
    if (isUnspaced(before) || isUnspaced(after)) drop.add(index);
  });
  let result = '';
  for (let i = 0; i < marked.length; i++) if (!drop.has(i)) result += marked[i];
  return result.replaceAll(placeholder, ' ').replace(/d\u0335/gu, 'đ').replace(/D\u0335/gu, 'Đ');
}

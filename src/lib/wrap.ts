/**
 * Breaks a short label into lines of at most about `maxChars` characters, for text drawn inside an
 * SVG figure (SVG text does not wrap by itself). Lines break only before a word, as
 * `Intl.Segmenter` finds words, so labels in Thai, Khmer, Lao, Burmese and Chinese, which have no
 * spaces between words, wrap too, and punctuation stays with the word before it. A word longer
 * than `maxChars` gets a line of its own.
 */
export function wrapText(text: string, maxChars: number, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const lines: string[] = [];
  let line = '';
  for (const { segment, isWordLike } of segmenter.segment(text.trim())) {
    const candidate = line + segment;
    if (isWordLike && line.trim() !== '' && [...candidate.trimEnd()].length > maxChars) {
      lines.push(line.trim());
      line = segment;
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}

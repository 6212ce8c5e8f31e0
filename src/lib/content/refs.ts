import type { SourceRef } from './schema';

/**
 * One list of source references for a page built from many parts, in order of first appearance,
 * without repeating a reference a reader would see as the same (same part, item and heading;
 * evidence is never shown, so it does not make a reference different).
 */
export function pageSources(...lists: SourceRef[][]): SourceRef[] {
  const seen = new Set<string>();
  const result: SourceRef[] = [];
  for (const ref of lists.flat()) {
    const key = JSON.stringify([ref.part, ref.item ?? null, ref.heading ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ part: ref.part, ...(ref.item !== undefined && { item: ref.item }), ...(ref.heading && { heading: ref.heading }) });
  }
  return result;
}

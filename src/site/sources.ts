import { getCollection } from 'astro:content';
import type { SourceRef } from '../lib/content/schema';

export interface DescribedSource {
  /** The part of the report, in the page's language ("Chapter 4, Indonesia"). */
  part: string;
  /** The numbered item within the part, if any ("question 9"). */
  item?: string;
  /** The report's own heading, verbatim in English. */
  heading?: string;
}

type Translate = App.Locals['t'];

/**
 * Source references in words, ready for SourceList and SourceLine. References that differ only in
 * their (unshown) evidence read the same, so each reading is listed once.
 */
export async function describeSources(refs: SourceRef[], t: Translate): Promise<DescribedSource[]> {
  const parts = new Map((await getCollection('sources')).map((part) => [part.id, part.data]));
  const described = refs.map((ref): DescribedSource => {
    const part = parts.get(ref.part);
    return {
      part: t(`source.part.${ref.part}` as 'source.part.preface'),
      item:
        ref.item !== undefined && part?.itemKind
          ? t(`source.item.${part.itemKind}` as 'source.item.principle', { number: ref.item })
          : undefined,
      heading: ref.heading,
    };
  });
  const seen = new Set<string>();
  return described.filter((d) => {
    const key = JSON.stringify([d.part, d.item, d.heading]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

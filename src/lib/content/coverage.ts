import type { Question, Standard } from './schema';

/**
 * The indicators that cover a question of the Annex I questionnaire: those whose sources cite the
 * same part of the questionnaire and the same question number. Derived, so that the coverage the
 * self-assessment shows always matches the standards' own citations.
 */
export function coveringIndicators(question: Pick<Question, 'source'>, standards: readonly Pick<Standard, 'indicators'>[]): string[] {
  const cited = new Set(question.source.map((ref) => `${ref.part}#${ref.item ?? ''}`));
  return standards.flatMap((standard) =>
    standard.indicators
      .filter((indicator) => indicator.source.some((ref) => cited.has(`${ref.part}#${ref.item ?? ''}`)))
      .map((indicator) => indicator.id),
  );
}

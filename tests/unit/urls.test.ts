import { describe, expect, it } from 'vitest';
import { absoluteUrl, idToSlug, localePath, moduleAnchors, principleNumber, routes, standardOfIndicator } from '../../src/lib/urls';

describe('URLs', () => {
  it('serve English at the root and other languages under their code', () => {
    expect(localePath('en', routes.principle('P5'))).toBe('/principles/5/');
    expect(localePath('km', routes.principle('P5'))).toBe('/km/principles/5/');
    expect(localePath('zh-cn', '')).toBe('/zh-cn/');
  });

  it('turn IDs into anchors', () => {
    expect(idToSlug('S5.2')).toBe('s5-2');
    expect(idToSlug('informed-consent.3')).toBe('informed-consent-3');
  });

  it('number principles from their IDs and reject anything else', () => {
    expect(principleNumber('P12')).toBe(12);
    expect(() => principleNumber('S1')).toThrow(/Not a principle ID/);
  });

  it('give standards, indicators and rights stable pages and anchors', () => {
    expect(localePath('en', routes.standard('S5'))).toBe('/standards/s5/');
    expect(localePath('km', routes.indicator('S5.2'))).toBe('/km/standards/s5/#s5-2');
    expect(localePath('en', routes.indicator('S12.6'))).toBe('/standards/s12/#s12-6');
    expect(localePath('vi', routes.right('R3'))).toBe('/vi/rights/#r3');
    expect(standardOfIndicator('S10.4')).toBe('S10');
    expect(() => standardOfIndicator('S10')).toThrow(/Not an indicator ID/);
  });

  it('build absolute URLs from the public site URL', () => {
    expect(absoluteUrl('https://lantern.example.org', '/km/principles/5/')).toBe(
      'https://lantern.example.org/km/principles/5/',
    );
  });

  it('give each training module its pages, the same in every language but for the prefix', () => {
    expect(localePath('en', routes.module('M1'))).toBe('/training/m1/');
    expect(localePath('lo', routes.moduleFacilitator('M4'))).toBe('/lo/training/m4/facilitator/');
    expect(localePath('en', routes.moduleHandout('M9'))).toBe('/training/m9/handout/');
    expect(localePath('th', routes.moduleCertificate('M2'))).toBe('/th/training/m2/certificate/');
    expect(localePath('id', routes.myLearning())).toBe('/id/training/my-learning/');
    expect(moduleAnchors.question('q3')).toBe('quiz-q3');
  });
});

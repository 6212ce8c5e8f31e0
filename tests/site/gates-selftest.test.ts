import { beforeAll, describe, expect, it } from 'vitest';
import { gateFixtureDir } from '../helpers/paths';
import { htmlPages, representatives, translatedTypeOf, typeOf } from '../helpers/page-types';
import { brokenLinks, htmlErrors, remoteResources, scanSite, type ScannedSite } from '../helpers/static-gates';

// The static gates, tested on tests/fixtures/gates/: clean pages pass, and each deliberate fault
// under faults/ is reported by the gate meant to catch it, naming the page.

let site: ScannedSite;

beforeAll(() => {
  site = scanSite(gateFixtureDir);
});

describe('the links gate', () => {
  it('reports a link to an anchor that does not exist, and nothing else', () => {
    expect(brokenLinks(site)).toEqual([
      '/faults/missing-anchor/: <a href> "/principles/1/#nowhere": /principles/1/ has no element with id "nowhere"',
    ]);
  });
});

describe('the privacy gate (static half)', () => {
  it('reports a font preloaded from another host, and nothing else', () => {
    expect(remoteResources(site)).toEqual([
      '/faults/remote-font/: <link rel="preload"> loads https://fonts.example.com/inter.woff2 from another host',
    ]);
  });
});

describe('the valid-HTML gate', () => {
  it('reports invalid markup, and the faults it also knows (no alt text, a fake button), nothing else', async () => {
    const errors = await htmlErrors(gateFixtureDir);
    expect(errors).toEqual([
      "/faults/invalid-html/:12:71: Stray end tag '</span>' [close-order]",
      '/faults/missing-alt/:13:8: <img> is missing required "alt" attribute [wcag/h37]',
      '/faults/mouse-only/:13:13: Prefer to use the native <button> element [prefer-native-element]',
    ]);
  });
});

describe('page types', () => {
  it('drop the locale prefix and generalise ID-like segments after the first', () => {
    expect(typeOf('/km/principles/5/')).toEqual({ path: '/km/principles/5/', locale: 'km', type: '/principles/*/' });
    expect(typeOf('/standards/s5/').type).toBe('/standards/*/');
    expect(typeOf('/zh-cn/training/m2/handout/').type).toBe('/training/*/handout/');
    expect(typeOf('/checklists/first-contact/').type).toBe('/checklists/first-contact/');
    expect(typeOf('/th/404/').type).toBe('/404/');
    expect(typeOf('/').type).toBe('/');
    expect(translatedTypeOf('/checklists/first-contact/')).toBe('/checklists/*/');
    expect(translatedTypeOf('/baseline/')).toBe('/baseline/');
    expect(translatedTypeOf('/principles/*/')).toBe('/principles/*/');
    expect(translatedTypeOf('/p/*/')).toBe('/(short link)/');
    expect(translatedTypeOf('/c/*/')).toBe('/(short link)/');
  });

  it('pick the first page of each type in each locale as its representative', () => {
    const picked = representatives(htmlPages(gateFixtureDir)).map((r) => r.path);
    expect(picked).toContain('/principles/1/');
    expect(picked).not.toContain('/principles/2/');
    expect(picked).toEqual(expect.arrayContaining(['/', '/th/', '/faults/no-focus/']));
  });

  it('outside English, count every page of a one-template collection as one type', () => {
    const built = ['/checklists/', '/checklists/case-closure/', '/checklists/first-contact/', '/km/checklists/case-closure/', '/km/checklists/first-contact/', '/km/checklists/'];
    const picked = representatives(built).map((r) => r.path);
    expect(picked).toEqual(['/checklists/', '/checklists/case-closure/', '/checklists/first-contact/', '/km/checklists/', '/km/checklists/case-closure/']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { requireDist } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { brokenLinks, remoteResources, scanSite, type ScannedSite } from '../helpers/static-gates';

// Static gates over every page of dist/ (docs/ARCHITECTURE.md, "Quality gates"). The valid-HTML
// gate is in gates-html.test.ts, so that Vitest runs it beside this file on the other core.

let site: ScannedSite;

beforeAll(() => {
  requireDist();
  site = scanSite(distDir);
});

describe('every page in dist/', () => {
  it('has only internal links, resources and #fragments that resolve', () => {
    const problems = brokenLinks(site);
    expect(problems, `${problems.length} broken:\n${problems.join('\n')}`).toEqual([]);
  });

  it('loads nothing from another host and sends no form to one', () => {
    const problems = remoteResources(site);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

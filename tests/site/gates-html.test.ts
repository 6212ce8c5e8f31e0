import { describe, expect, it } from 'vitest';
import { requireDist } from '../helpers/dist';
import { distDir } from '../helpers/paths';
import { htmlErrors } from '../helpers/static-gates';

describe('every page in dist/', () => {
  it('is valid HTML (html-validate, configured in .htmlvalidate.mjs)', async () => {
    requireDist();
    const problems = await htmlErrors(distDir);
    expect(problems, `${problems.length} errors:\n${problems.join('\n')}`).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientModules, lintAstro, lintProject, type Finding } from '../helpers/hardcoded-strings';
import { root } from '../helpers/paths';
import { locales } from '../../src/lib/locales';

/**
 * Text that must stay as written in every language, with the reason. Keep it short: anything a
 * reader needs to understand belongs in src/i18n/. An entry that no longer matches anything fails
 * the test, so the list cannot go stale.
 */
const allowed: Array<{ file: string; text: string; reason: string }> = [
  { file: 'src/components/training/Certificate.astro', text: 'Lantern', reason: 'the name of the product, written the same in every language' },
  { file: 'src/components/trainer/StandaloneDocument.astro', text: 'width=device-width, initial-scale=1', reason: 'the viewport meta tag: an instruction to the browser, never shown' },
  { file: 'src/pages/[...locale]/[short]/[target].astro', text: 'noindex', reason: 'robots meta tag: an instruction to search engines, never shown' },
  { file: 'src/pages/[...locale]/[short]/[target].astro', text: '0; url=', reason: 'meta refresh: an instruction to the browser, never shown' },
  ...locales.map((locale) => ({
    file: 'src/lib/locales.ts',
    text: locale.label,
    reason: 'each language’s own name for itself, shown the same whatever the page’s language',
  })),
];

const fixtureDir = join(root, 'tests/fixtures/hardcoded');

describe('hard-coded text in components, pages and client scripts', () => {
  const findings = lintProject(join(root, 'src'), root);

  it('finds none: every string people see or hear comes from src/i18n/', () => {
    const unexpected = findings.filter((f) => !allowed.some((a) => a.file === f.file && a.text === f.text));
    const describe = (f: Finding) => `${f.file}:${f.line} ${f.where}: "${f.text}"`;
    expect(
      unexpected.map(describe),
      'Put these strings in src/i18n/<namespace>/en.json and render them with Astro.locals.t(); client scripts get them through data-* attributes.',
    ).toEqual([]);
  });

  it('allows only what is still there', () => {
    const stale = allowed.filter((a) => !findings.some((f) => f.file === a.file && f.text === a.text));
    expect(stale).toEqual([]);
  });
});

describe('the hard-coded text check itself', () => {
  const lint = (name: string) =>
    lintAstro(readFileSync(join(fixtureDir, 'src/components', name), 'utf8'), name).map((f) => `${f.line} ${f.where}: ${f.text}`);

  it('reports text, visible attributes, rendered strings and script output', () => {
    expect(lint('Bad.astro')).toEqual([
      '6 string: Before you begin',
      '7 property label: Read more',
      '10 attribute aria-label: Case notes',
      '10 attribute data-copied-label: Copied',
      '12 text: Saved on this device.',
      '13 attribute alt: A lantern',
      '14 attribute placeholder: Case code',
      '15 attribute value: Send',
      '16 attribute title: Close',
      '16 attribute title: Open',
      '16 rendered string: Hide',
      '18 attribute content: A page',
      '24 script textContent: Saved',
      '25 script attribute aria-label: Case notes saved',
    ]);
  });

  it('leaves keys, classes, selectors, code, styles and developer errors alone', () => {
    expect(lint('Good.astro')).toEqual([]);
  });

  it('follows a component script into the modules it imports', () => {
    const modules = clientModules(join(fixtureDir, 'src')).map((file) => file.slice(fixtureDir.length + 1));
    expect(modules).toEqual(['src/lib/messages.ts']);
    const projectFindings = lintProject(join(fixtureDir, 'src'), fixtureDir).filter((f) => f.file.endsWith('.ts'));
    expect(projectFindings.map((f) => `${f.file}:${f.line} ${f.where}: ${f.text}`)).toEqual([
      'src/lib/messages.ts:2 property message: Could not save your answers',
    ]);
  });
});

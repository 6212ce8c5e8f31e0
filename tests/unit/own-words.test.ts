import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawContent } from '../../src/lib/content/read';
import { kindNames } from '../../src/lib/content/schema';
import { readUiStrings } from '../../src/lib/i18n/read';
import { createCopyDetector, reportCopyDetector, textFields } from '../helpers/copying';
import { dataDir, i18nDir, root } from '../helpers/paths';

/**
 * Lantern writes in its own words (DESIGN.md, "Content rules"): no run of eight words of any
 * English text — data, prose pages, UI strings — may be shared with the report, and Lantern never
 * calls people "victims" or "survivors" in its own voice.
 */
const raw = readRawContent(dataDir);
const docsDir = join(root, 'src/content/docs');
const englishPages = readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.mdx?$/.test(file) && !/^(th|km|lo|my|vi|zh-cn|id)\//.test(file))
  .map((file): [string, string] => [`src/content/docs/${file}`, readFileSync(join(docsDir, file), 'utf8')]);

// Placeholders such as {{cambodia-mou-ministries}} stand for facts; they are not words.
const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]+\}\}/g, ' ');

const texts: Array<[string, string]> = [
  ...kindNames.flatMap((kind) =>
    textFields(raw.kinds[kind]?.texts.en).map(([field, text]): [string, string] => [`${kind}/en.yaml ${field}`, withoutPlaceholders(text)]),
  ),
  ...englishPages,
  ...Object.entries(readUiStrings(i18nDir).en).map(([key, text]): [string, string] => [`ui ${key}`, withoutPlaceholders(text)]),
];

describe("Lantern's own words", () => {
  it('covers every kind of English text', () => {
    expect(texts.length).toBeGreaterThan(1000);
    expect(englishPages.map(([file]) => file)).toContain('src/content/docs/about.mdx');
  });

  it('copy no run of eight words from the report', () => {
    const detector = reportCopyDetector();
    const copied = texts.flatMap(([owner, text]) => detector.copiedRuns(text).map((run) => `${owner}: "${run}"`));
    expect(copied).toEqual([]);
  });

  it('never call people victims or survivors in Lantern’s own voice (only in quotation marks)', () => {
    const ownVoice = (text: string) =>
      text.replace(/["“][^"”]*["”]/g, '').replace(/Service Provision for Survivors of Trafficking/gi, '');
    const unquoted = texts.filter(([, text]) => /\b(victim|survivor)s?\b/i.test(ownVoice(text)));
    expect(unquoted.map(([owner, text]) => `${owner}: ${text.slice(0, 120)}`)).toEqual([]);
  });
});

describe('the copy detector itself', () => {
  it('finds a copied sentence despite case, punctuation and spelling', () => {
    const detector = createCopyDetector('Assistance programmes must be tailored to the individual and start with an in-depth needs assessment.');
    expect(detector.copiedRuns('We agree: assistance programmes MUST be tailored to the individual, and start there.')).toEqual([
      'assistance programmes must be tailored to the individual and start',
    ]);
    expect(detector.copiedRuns('Each plan is built with the person, from their own goals.')).toEqual([]);
    expect(createCopyDetector('to be re-traumatized by the organization itself today').copiedRuns('To be re- traumatised by the organisation itself today!')).toHaveLength(1);
  });

  it('lets names through in full, but not copying around them', () => {
    const source = 'Responses should follow the Convention on the Rights of the Child in every single case we see.';
    const names = ['Convention on the Rights of the Child'];
    expect(createCopyDetector(source, { names }).copiedRuns('Read the Convention on the Rights of the Child again.')).toEqual([]);
    expect(createCopyDetector(source).copiedRuns('Read the Convention on the Rights of the Child again.')).toHaveLength(1);
    expect(createCopyDetector(source, { names }).copiedRuns('It said: the Child in every single case we see, always.')).toEqual([
      'the child in every single case we see',
    ]);
  });
  it('finds a phrase the PDF extraction split across a line break', () => {
    // "…restore their sense of self-\nrespect and ability to overcome…" in the literature review.
    expect(reportCopyDetector().copiedRuns('help restore their sense of self-respect and ability to overcome anxiety')).not.toEqual([]);
  });
});

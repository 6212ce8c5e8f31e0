import { describe, expect, it } from 'vitest';
import { glossaryMatchers, linkGlossaryTerms, pageLocaleOf } from '../../integrations/glossary-links';
import { createTermMatcher } from '../../src/lib/glossary/match';
import { dataDir } from '../helpers/paths';

const english = createTermMatcher(
  [
    { id: 'mental-health', forms: ['mental health', 'mental-health'] },
    { id: 'mental-health-professional', forms: ['mental-health professional', 'mental-health professionals'] },
    { id: 'trauma', forms: ['trauma'] },
    { id: 'trauma-informed', forms: ['trauma-informed'] },
    { id: 'informed-consent', forms: ['informed consent'] },
    { id: 'mou', forms: ['MOU', 'MOUs'] },
  ],
  { spaced: true },
);
const thai = createTermMatcher([{ id: 'resilience', forms: ['ความยืดหยุ่น'] }], { spaced: false });

describe('finding glossary terms in text', () => {
  const ids = (text: string) => english.findAll(text).map((m) => m.id);

  it('prefers the longest form at a position', () => {
    expect(ids('Refer to a mental-health professional.')).toEqual(['mental-health-professional']);
    expect(ids('Mental health matters.')).toEqual(['mental-health']);
  });

  it('matches whole words only, counting hyphens as part of a word', () => {
    expect(ids('traumatic events')).toEqual([]);
    expect(ids('trauma-informed care')).toEqual(['trauma-informed']);
    expect(ids('Three MOUs were signed.')).toEqual(['mou']);
    expect(ids('a mould')).toEqual([]);
  });

  it('ignores case and line breaks inside a term', () => {
    expect(ids('Ask for Informed\n   Consent first')).toEqual(['informed-consent']);
  });

  it('matches any occurrence in scripts without spaces', () => {
    expect(thai.findAll('ผู้คนมีความยืดหยุ่นมาก').map((m) => m.id)).toEqual(['resilience']);
  });
});

const matchers = new Map([
  ['en', english],
  ['th', thai],
] as const);

function page(content: string, mainLang = 'en'): string {
  return `<!doctype html><html><head><title>trauma</title></head><body><nav><a href="/">trauma</a></nav><main lang="${mainLang}"><h1>Trauma</h1><div class="sl-markdown-content">${content}</div><footer>trauma</footer></main></body></html>`;
}

function link(html: string, pageLocale: 'en' | 'th' = 'en') {
  return linkGlossaryTerms(html, { matchers: matchers as never, pageLocale }) ?? html;
}

describe('linking glossary terms in a built page', () => {
  it('links the first use of each term on the page, and only the first', () => {
    const out = link(page('<p>Trauma and trauma.</p><p>More trauma; an MOU.</p>'));
    expect(out).toContain('<p><a href="/glossary/#trauma" class="lantern-term">Trauma</a> and trauma.</p>');
    expect(out).toContain('<p>More trauma; an <a href="/glossary/#mou" class="lantern-term">MOU</a>.</p>');
  });

  it('changes nothing when run on a page it has already linked', () => {
    const once = link(page('<p>Trauma and trauma.</p><p>An MOU and an MOU.</p>'));
    expect(linkGlossaryTerms(once, { matchers: matchers as never, pageLocale: 'en' })).toBeNull();
  });

  it('leaves everything outside the changed text byte for byte as it was', () => {
    const html = page('<p class="x" data-a=\'1\'>Safe &amp; sound: trauma.</p>');
    const out = link(html);
    expect(out.replace('<a href="/glossary/#trauma" class="lantern-term">trauma</a>', 'trauma')).toBe(html);
  });

  it('skips headings, links, buttons, labels, code, quotations, hidden text and marked elements', () => {
    const skipped = [
      '<h2>trauma</h2>',
      '<a href="/x">trauma</a>',
      '<button>trauma</button>',
      '<label>trauma <input></label>',
      '<code>trauma</code>',
      '<q>trauma</q>',
      '<span class="sr-only">trauma</span>',
      '<span aria-hidden="true">trauma</span>',
      '<div data-no-glossary><p>trauma</p></div>',
      '<svg><text>trauma</text></svg>',
    ];
    for (const html of skipped) expect(linkGlossaryTerms(page(html), { matchers: matchers as never, pageLocale: 'en' }), html).toBeNull();
    const out = link(page(`${skipped.join('')}<p>then trauma</p>`));
    expect(out).toContain('<p>then <a href="/glossary/#trauma" class="lantern-term">trauma</a></p>');
  });

  it('looks only inside the content area, never in the title, navigation or footer', () => {
    expect(linkGlossaryTerms(page('<p>No terms here.</p>'), { matchers: matchers as never, pageLocale: 'en' })).toBeNull();
  });

  it('uses the glossary of the language the words are in, and links to the page’s own glossary', () => {
    const out = link(page('<p>ความยืดหยุ่น</p><div lang="en"><p>trauma</p></div>', 'th'), 'th');
    expect(out).toContain('<a href="/th/glossary/#resilience" class="lantern-term">ความยืดหยุ่น</a>');
    expect(out).toContain('<a href="/th/glossary/#trauma" class="lantern-term">trauma</a>');
  });

  it('escapes text it rewrites', () => {
    const out = link(page('<p>a &lt;b&gt; &amp; trauma</p>'));
    expect(out).toContain('<p>a &lt;b&gt; &amp; <a href="/glossary/#trauma" class="lantern-term">trauma</a></p>');
  });

  it('reads each page’s language from its path', () => {
    expect(pageLocaleOf('km/baseline/index.html')).toBe('km');
    expect(pageLocaleOf('baseline/index.html')).toBe('en');
    expect(pageLocaleOf('index.html')).toBe('en');
  });

  it('builds a matcher for every language from the glossary data', () => {
    const built = glossaryMatchers(dataDir);
    expect([...built.keys()]).toEqual(['en', 'th', 'km', 'lo', 'my', 'vi', 'zh-cn', 'id']);
    expect(built.get('en')!.findAll('A case conference.').map((m) => m.id)).toEqual(['case-conference']);
  });
});

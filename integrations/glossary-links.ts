import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Text } from 'hast';
import { loadContent } from '../src/lib/content/read';
import { createTermMatcher, type TermMatcher } from '../src/lib/glossary/match';
import { defaultLocale, getLocale, isLocaleCode, localeCodes, localeFromLang, unspacedScripts, type LocaleCode } from '../src/lib/locales';
import { localePath, routes } from '../src/lib/urls';

/**
 * Links the first use of each glossary term on every page to its glossary entry (DESIGN.md: explain
 * a clinical term the first time it appears, and link it to the glossary).
 *
 * It runs over the built HTML, so it covers every page however it was made (MDX prose or pages
 * rendered from data) in every language, using the glossary of the language the words are in (the
 * nearest `lang`). It only looks inside Starlight's content area (`.sl-markdown-content`), and
 * leaves alone headings, links, buttons, form labels, code, quotations and citations, hidden
 * text, and anything inside an element marked `data-no-glossary` (the glossary page itself).
 *
 * Order matters: it must run before anything that reads the final HTML, such as the search index
 * and the service worker's precache manifest, so it is registered first in astro.config.mjs.
 * Only the changed text is rewritten; the rest of each file stays byte for byte as Astro wrote it.
 */

const skippedTags = new Set([
  'a', 'button', 'label', 'legend', 'summary', 'select', 'option', 'textarea', 'input',
  'code', 'pre', 'kbd', 'samp', 'script', 'style', 'template', 'noscript', 'svg', 'math',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'q', 'cite', 'title',
]);
const skippedRoles = new Set(['button', 'link', 'tab', 'heading', 'menuitem', 'option', 'switch', 'checkbox', 'radio']);

export interface GlossaryLinkOptions {
  /** Matchers by the language the words are in. */
  matchers: Map<LocaleCode, TermMatcher>;
  /** The language of the page, which decides which glossary page the links go to. */
  pageLocale: LocaleCode;
}

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function isSkipped(element: Element): boolean {
  const { properties } = element;
  return (
    skippedTags.has(element.tagName) ||
    properties.dataNoGlossary !== undefined ||
    (properties.hidden !== undefined && properties.hidden !== false) ||
    String(properties.ariaHidden) === 'true' ||
    skippedRoles.has(String(properties.role ?? '')) ||
    classes(element).includes('sr-only')
  );
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Adds glossary links to one page's HTML and returns it, or returns `null` when nothing changed.
 * Pure apart from its input; exported for tests.
 */
export function linkGlossaryTerms(html: string, options: GlossaryLinkOptions): string | null {
  const mainStart = html.indexOf('<main');
  const mainEnd = html.lastIndexOf('</main>');
  if (mainStart < 0 || mainEnd < mainStart) return null;
  const main = html.slice(mainStart, mainEnd + '</main>'.length);
  if (!main.includes('sl-markdown-content')) return null;

  const tree = fromHtml(main, { fragment: true });
  const linked = new Set<string>();
  const edits: Array<{ start: number; end: number; html: string }> = [];
  const pageLang = getLocale(options.pageLocale).lang;

  const visit = (node: Nodes, inContent: boolean, lang: string) => {
    if (node.type === 'text') {
      if (inContent) linkText(node, lang);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let content = inContent;
    let nodeLang = lang;
    if (node.type === 'element') {
      // A term already linked (the step ran before on this file) counts as linked: running twice
      // changes nothing.
      if (node.tagName === 'a' && classes(node).includes('lantern-term')) {
        linked.add(String(node.properties.href ?? '').split('#')[1] ?? '');
      }
      if (isSkipped(node)) return;
      if (classes(node).includes('sl-markdown-content')) content = true;
      if (typeof node.properties.lang === 'string' && node.properties.lang) nodeLang = node.properties.lang;
    }
    for (const child of node.children) visit(child as Nodes, content, nodeLang);
  };

  const linkText = (node: Text, lang: string) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !node.value.trim()) return;
    const textLocale = localeFromLang(lang);
    const matcher = options.matchers.get(textLocale) ?? options.matchers.get(options.pageLocale);
    if (!matcher) return;
    const fresh = matcher.findAll(node.value).filter((match) => {
      if (linked.has(match.id)) return false;
      linked.add(match.id);
      return true;
    });
    if (fresh.length === 0) return;
    let out = '';
    let last = 0;
    for (const match of fresh) {
      const href = localePath(options.pageLocale, routes.glossaryTerm(match.id));
      out += escapeHtml(node.value.slice(last, match.index));
      out += `<a href="${href}" class="lantern-term">${escapeHtml(node.value.slice(match.index, match.index + match.length))}</a>`;
      last = match.index + match.length;
    }
    out += escapeHtml(node.value.slice(last));
    edits.push({ start, end, html: out });
  };

  visit(tree, false, pageLang);
  if (edits.length === 0) return null;

  let result = main;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.html + result.slice(edit.end);
  }
  return html.slice(0, mainStart) + result + html.slice(mainEnd + '</main>'.length);
}

/** One matcher per language, from that language's glossary (English entries where untranslated). */
export function glossaryMatchers(dataDir: string): Map<LocaleCode, TermMatcher> {
  const content = loadContent(dataDir);
  return new Map(
    localeCodes.map((code) => {
      const terms = content.kinds.glossary[code].map((entry) => ({ id: entry.id, forms: [entry.term, ...entry.forms] }));
      const spaced = !unspacedScripts.has(getLocale(code).script);
      return [code, createTermMatcher(terms, { spaced })];
    }),
  );
}

/** The locale a built page belongs to, from its path in `dist/`. */
export function pageLocaleOf(relativePath: string): LocaleCode {
  const first = relativePath.split(sep).join('/').split('/')[0];
  return first && isLocaleCode(first) && first !== defaultLocale ? first : defaultLocale;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) found.push(join(entry.parentPath, entry.name));
  }
  return found;
}

export function glossaryLinks(): AstroIntegration {
  const dataDir = fileURLToPath(new URL('../src/data/', import.meta.url));
  return {
    name: 'lantern-glossary-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const matchers = glossaryMatchers(dataDir);
        const files = await htmlFiles(outDir);
        let changed = 0;
        // A few files at a time: reading and writing overlap with parsing, memory stays flat.
        const queue = [...files];
        const worker = async () => {
          for (let file = queue.shift(); file; file = queue.shift()) {
            const html = await readFile(file, 'utf8');
            const linked = linkGlossaryTerms(html, { matchers, pageLocale: pageLocaleOf(relative(outDir, file)) });
            if (linked === null) continue;
            await writeFile(file, linked);
            changed += 1;
          }
        };
        await Promise.all(Array.from({ length: 4 }, worker));
        logger.info(`Linked glossary terms on ${changed} of ${files.length} pages in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}

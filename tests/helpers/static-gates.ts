import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { htmlPages } from './page-types.ts';

// The static gates: they read a built site's files, no browser. Each returns a list of problems,
// one line each, naming the page and the URL at fault; the gate passes when the list is empty.
// tests/site/gates.test.ts runs them over dist/, tests/site/gates-selftest.test.ts over a small
// fixture site with one deliberate fault per page.

/** A URL found in a page, with where it came from. */
interface Reference {
  /** `<a href>`, `<img srcset>`, `url() in /_astro/x.css`… for messages. */
  where: string;
  url: string;
  /** Something the browser fetches by itself when the page loads (as opposed to a link). */
  loads: boolean;
  /** A link that may carry a fragment that must exist in the target page. */
  checkFragment: boolean;
  /** An absolute URL that must resolve in this site, e.g. an hreflang alternate. */
  siteAbsolute?: boolean;
}

interface ScannedPage {
  path: string;
  /** `id`s and `<a name>`s: the fragments a link to this page may use. */
  anchors: Set<string>;
  references: Reference[];
}

export interface ScannedSite {
  dir: string;
  pages: Map<string, ScannedPage>;
  /** CSS files in the site, with the URLs they load (`url()`, `@import`). */
  stylesheets: Map<string, Reference[]>;
}

/** `<link rel>` values whose target the browser fetches. */
const loadingRels = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'prerender',
  'preconnect',
  'dns-prefetch',
  'icon',
  'apple-touch-icon',
  'apple-touch-icon-precomposed',
  'mask-icon',
  'manifest',
]);

/** Elements and attributes that make the browser fetch something as the page loads. */
const resourceAttributes: Array<[selector: string, attribute: string]> = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[type=image][src]', 'src'],
  ['image[href]', 'href'],
  ['use[href]', 'href'],
];

function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    urls.push((match[1] ?? match[2] ?? match[3] ?? '').trim());
  }
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) urls.push(match[1] ?? match[2] ?? '');
  return urls.filter((url) => url !== '');
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function scanPage(path: string, $: CheerioAPI): ScannedPage {
  const anchors = new Set<string>();
  $('[id]').each((_, el) => void anchors.add($(el).attr('id')!));
  $('a[name]').each((_, el) => void anchors.add($(el).attr('name')!));

  const references: Reference[] = [];
  const add = (where: string, url: string, loads: boolean, checkFragment: boolean, siteAbsolute = false) => {
    references.push({ where, url, loads, checkFragment, siteAbsolute });
  };
  const tagOf = (el: object) => ('tagName' in el ? String(el.tagName) : '?');

  $('a[href], area[href]').each((_, el) => add(`<${tagOf(el)} href>`, $(el).attr('href')!, false, true));
  $('form[action]').each((_, el) => add('<form action>', $(el).attr('action')!, false, false));
  $('link[href]').each((_, el) => {
    const rels = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const href = $(el).attr('href')!;
    if (rels.some((rel) => loadingRels.has(rel))) add(`<link rel="${rels.join(' ')}">`, href, true, false);
    else if (rels.includes('canonical') || rels.includes('alternate')) {
      add(`<link rel="${rels.join(' ')}">`, href, false, false, true);
    } else add(`<link rel="${rels.join(' ')}">`, href, false, false);
  });
  for (const [selector, attribute] of resourceAttributes) {
    $(selector).each((_, el) => {
      const value = $(el).attr(attribute)!;
      const where = `<${tagOf(el)} ${attribute}>`;
      for (const url of attribute === 'srcset' ? srcsetUrls(value) : [value]) add(where, url, true, false);
    });
  }
  $('meta[http-equiv]').each((_, el) => {
    if ($(el).attr('http-equiv')!.toLowerCase() !== 'refresh') return;
    const url = /url\s*=\s*['"]?([^'"]+)/i.exec($(el).attr('content') ?? '')?.[1];
    if (url) add('<meta http-equiv="refresh">', url, false, true);
  });
  $('style').each((_, el) => {
    for (const url of cssUrls($(el).text())) add('url() in <style>', url, true, false);
  });
  $('[style]').each((_, el) => {
    for (const url of cssUrls($(el).attr('style')!)) add(`url() in <${tagOf(el)} style>`, url, true, false);
  });
  return { path, anchors, references };
}

function filesWithExtension(dir: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(extension)) found.push('/' + relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

function fileOf(dir: string, sitePath: string): string {
  return join(dir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}

/** Reads every page and stylesheet of a built site once; the gates below share the result. */
export function scanSite(dir: string): ScannedSite {
  const pages = new Map<string, ScannedPage>();
  for (const path of htmlPages(dir)) {
    // htmlparser2 (the `xml` option, in HTML mode) is about five times faster than cheerio's
    // default parser, and finding attributes needs no HTML tree-building rules.
    const $ = load(readFileSync(fileOf(dir, path), 'utf8'), { xml: { xmlMode: false, decodeEntities: true } });
    pages.set(path, scanPage(path, $));
  }
  const stylesheets = new Map<string, Reference[]>();
  for (const path of filesWithExtension(dir, '.css')) {
    const css = readFileSync(join(dir, path), 'utf8');
    stylesheets.set(
      path,
      cssUrls(css).map((url) => ({ where: 'url()', url, loads: true, checkFragment: false })),
    );
  }
  return { dir, pages, stylesheets };
}

const placeholderOrigin = 'http://lantern.invalid';

type Resolved =
  | { kind: 'local'; path: string; fragment: string }
  | { kind: 'remote'; url: string }
  | { kind: 'other' };

/** Resolves a URL found in `fromPath` the way a browser would, as a path in this site or not. */
function resolve(url: string, fromPath: string, siteOrigin: string | undefined): Resolved {
  const trimmed = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return { kind: 'other' };
  let parsed: URL;
  try {
    parsed = new URL(trimmed, placeholderOrigin + fromPath);
  } catch {
    return { kind: 'remote', url: trimmed };
  }
  const local = parsed.origin === placeholderOrigin || (siteOrigin !== undefined && parsed.origin === siteOrigin);
  if (!local) return { kind: 'remote', url: parsed.href };
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    path = parsed.pathname;
  }
  return { kind: 'local', path, fragment: parsed.hash.slice(1) };
}

/** The site's own origin, as its pages name it in `<link rel="canonical">` (set by SITE_URL). */
function siteOriginOf(site: ScannedSite): string | undefined {
  for (const page of site.pages.values()) {
    for (const ref of page.references) {
      if (ref.siteAbsolute && /^https?:/i.test(ref.url)) return new URL(ref.url).origin;
    }
  }
  return undefined;
}

function targetProblem(dir: string, path: string): string | undefined {
  const file = fileOf(dir, path);
  if (existsSync(file) && statSync(file).isFile()) return undefined;
  if (!path.endsWith('/') && existsSync(join(dir, path, 'index.html'))) {
    return `needs a trailing slash (${path}/): the site is built with trailingSlash "always"`;
  }
  return 'no such file';
}

function decodedFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Links gate: every internal URL in every page (links, resources, forms, hreflang alternates) and
 * in every stylesheet resolves to a file, and every `#fragment` on a link to a page names an
 * element `id` (or `<a name>`) in that page.
 */
export function brokenLinks(site: ScannedSite): string[] {
  const problems: string[] = [];
  const siteOrigin = siteOriginOf(site);
  for (const page of site.pages.values()) {
    for (const ref of page.references) {
      const target = resolve(ref.url, page.path, ref.siteAbsolute ? siteOrigin : undefined);
      if (target.kind !== 'local') continue;
      const problem = targetProblem(site.dir, target.path);
      if (problem) {
        problems.push(`${page.path}: ${ref.where} "${ref.url}": ${problem}`);
        continue;
      }
      if (!ref.checkFragment || target.fragment === '' || target.fragment.startsWith(':~:')) continue;
      const fragment = decodedFragment(target.fragment);
      const targetPage = site.pages.get(target.path);
      // HTML treats `#top` as the top of the page even without such an element.
      if (!targetPage || fragment.toLowerCase() === 'top') continue;
      if (!targetPage.anchors.has(fragment)) {
        problems.push(`${page.path}: ${ref.where} "${ref.url}": ${target.path} has no element with id "${fragment}"`);
      }
    }
  }
  for (const [path, refs] of site.stylesheets) {
    for (const ref of refs) {
      const target = resolve(ref.url, path, undefined);
      if (target.kind !== 'local') continue;
      const problem = targetProblem(site.dir, target.path);
      if (problem) problems.push(`${path}: url("${ref.url}"): ${problem}`);
    }
  }
  return problems;
}

/**
 * Privacy gate, static half: no page or stylesheet makes the browser fetch anything from another
 * host (scripts, styles, fonts, images, frames, preloads, manifests), and no form sends what the
 * user typed to another host. Plain links to other sites are allowed: following one is the
 * reader's choice. The browser crawl (tests/browser/gates.test.ts) catches what scripts fetch.
 */
export function remoteResources(site: ScannedSite): string[] {
  const problems: string[] = [];
  for (const page of site.pages.values()) {
    for (const ref of page.references) {
      if (!ref.loads && ref.where !== '<form action>') continue;
      const target = resolve(ref.url, page.path, undefined);
      if (target.kind === 'remote') problems.push(`${page.path}: ${ref.where} loads ${target.url} from another host`);
    }
  }
  for (const [path, refs] of site.stylesheets) {
    for (const ref of refs) {
      const target = resolve(ref.url, path, undefined);
      if (target.kind === 'remote') problems.push(`${path}: url() loads ${target.url} from another host`);
    }
  }
  for (const manifest of manifests(site)) problems.push(...remoteInManifest(site.dir, manifest));
  return problems;
}

/** Web app manifests the pages link to: their icons are fetched too. */
function manifests(site: ScannedSite): string[] {
  const found = new Set<string>();
  for (const page of site.pages.values()) {
    for (const ref of page.references) {
      if (!ref.where.includes('manifest')) continue;
      const target = resolve(ref.url, page.path, undefined);
      if (target.kind === 'local' && existsSync(join(site.dir, target.path))) found.add(target.path);
    }
  }
  return [...found];
}

function remoteInManifest(dir: string, path: string): string[] {
  let manifest: { icons?: Array<{ src?: string }>; screenshots?: Array<{ src?: string }> };
  try {
    manifest = JSON.parse(readFileSync(join(dir, path), 'utf8'));
  } catch {
    return [`${path}: not valid JSON`];
  }
  return [...(manifest.icons ?? []), ...(manifest.screenshots ?? [])]
    .map((image) => resolve(image.src ?? '', path, undefined))
    .filter((target) => target.kind === 'remote')
    .map((target) => `${path}: loads ${(target as { url: string }).url} from another host`);
}

/**
 * Valid-HTML gate: html-validate over every page, with the configuration in `.htmlvalidate.mjs`
 * (found by walking up from each file, so fixtures use it too). Only errors count.
 */
export async function htmlErrors(dir: string, pages: string[] = htmlPages(dir)): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const path of pages) {
    const report = await validator.validateFile(fileOf(dir, path));
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity !== 2) continue;
        problems.push(`${path}:${message.line}:${message.column}: ${message.message} [${message.ruleId}]`);
      }
    }
  }
  return problems;
}

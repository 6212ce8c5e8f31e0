import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import {
  bundleIndexPath,
  bundlePath,
  localeOfPath,
  revisionFromDigest,
  type BundleFile,
  type BundleIndex,
  type LocaleBundle,
} from '../../src/lib/offline/bundle';
import { locales, type LocaleCode } from '../../src/lib/locales';
import { vocabularyFile } from './search-index';

/**
 * Writes, after the search index, the lists of files that make each language work offline
 * (src/lib/offline/bundle.ts) and works out the build ID. Everything is read from the built
 * site, so the lists cannot drift from what is published.
 */

export interface SiteFile {
  url: string;
  path: string;
  revision: string;
  bytes: number;
}

export interface OfflineBuild {
  build: string;
  bundles: LocaleBundle[];
  /** Styles and scripts every page loads, stored when the service worker installs. */
  shell: BundleFile[];
  files: Map<string, SiteFile>;
}

/** Files that describe a build rather than belong to it. */
const generated = (url: string) => url === '/sw.js' || url.startsWith('/offline-bundles/');

function listFiles(distDir: string): Map<string, SiteFile> {
  const files = new Map<string, SiteFile>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const url = '/' + relative(distDir, full).split(sep).join('/');
      if (generated(url)) continue;
      const body = readFileSync(full);
      files.set(url, {
        url,
        path: full,
        revision: revisionFromDigest(createHash('sha256').update(body).digest()),
        bytes: statSync(full).size,
      });
    }
  };
  walk(distDir);
  return files;
}

/** The URL a page is requested at: `/km/about/index.html` → `/km/about/`. */
export function pageUrl(fileUrl: string): string {
  return fileUrl.endsWith('/index.html') ? fileUrl.slice(0, -'index.html'.length) : fileUrl;
}

const attributeReference = /\s(?:href|src)=["'](\/[^"'#?\s]*)/g;
const stylesheetOrScript = /<link[^>]+rel=["']stylesheet["'][^>]*>|<script[^>]+src=["'][^"']+["'][^>]*>/g;
const cssReference = /url\(\s*["']?([^"')]+?)["']?\s*\)/g;
const jsReference = /["'`]((?:\.{1,2}\/|\/?_astro\/)[^"'`\s]+?\.(?:js|mjs|css|woff2?|wasm))["'`]/g;

function resolveReference(from: string, reference: string): string | null {
  if (/^(data:|https?:|\/\/)/.test(reference)) return null;
  const resolved = reference.startsWith('/')
    ? reference
    : reference.startsWith('_astro/')
      ? `/${reference}`
      : posix.join(posix.dirname(from), reference);
  return resolved.split('#')[0]!.split('?')[0]!;
}

/** A file's URL if the built site has it as a file (not a page). */
function assetUrl(files: Map<string, SiteFile>, url: string): string | null {
  if (url.endsWith('/') || !files.has(url) || url.endsWith('.html')) return null;
  return url;
}

/**
 * Everything an asset pulls in (fonts from CSS, chunks from scripts), recursively. Without
 * `dynamic`, chunks loaded only on demand (`import("./x.js")`, such as the search UI) are left out.
 */
function withDependencies(files: Map<string, SiteFile>, start: Iterable<string>, dynamic = true): Set<string> {
  const found = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (found.has(url)) continue;
    found.add(url);
    const pattern = url.endsWith('.css') ? cssReference : /\.m?js$/.test(url) ? jsReference : null;
    if (!pattern) continue;
    const text = readFileSync(files.get(url)!.path, 'utf8');
    for (const match of text.matchAll(pattern)) {
      if (!dynamic && text.slice(Math.max(0, match.index - 8), match.index).includes('import(')) continue;
      const resolved = resolveReference(url, match[1]!);
      const asset = resolved && assetUrl(files, resolved);
      if (asset && !found.has(asset)) queue.push(asset);
    }
  }
  return found;
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** The search index files a language's search loads, choosing the index as Pagefind's client does. */
function searchFiles(files: Map<string, SiteFile>, distDir: string, lang: string): string[] {
  const entryFile = join(distDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entryFile)) return [];
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
  const key = lang.toLowerCase();
  const chosen =
    (entry.languages[key] && key) ||
    (entry.languages[key.split('-')[0]!] && key.split('-')[0]) ||
    Object.entries(entry.languages).sort((a, b) => b[1].page_count - a[1].page_count)[0]?.[0];
  if (!chosen) return [];
  const index = entry.languages[chosen]!;
  const core = [
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-entry.json',
    `pagefind.${index.hash}.pf_meta`,
    `wasm.${index.wasm ?? 'unknown'}.pagefind`,
    vocabularyFile(chosen),
  ];
  const chunks = [...files.keys()].filter((url) => /^\/pagefind\/(index|fragment|filter)\//.test(url) && posix.basename(url).startsWith(`${chosen}_`));
  return [...core.map((name) => `/pagefind/${name}`).filter((url) => files.has(url)), ...chunks];
}

/** Build ID: a hash of every published file and its revision, so an unchanged site keeps its ID. */
function buildId(files: Map<string, SiteFile>): string {
  const hash = createHash('sha256');
  for (const file of [...files.values()].sort((a, b) => a.url.localeCompare(b.url))) hash.update(`${file.url} ${file.revision}\n`);
  return revisionFromDigest(hash.digest());
}

export function planOfflineBuild(distDir: string): OfflineBuild {
  const files = listFiles(distDir);
  const build = buildId(files);
  const pagesByLocale = new Map<LocaleCode, string[]>();
  const shellRoots = new Set<string>();
  const directAssets = new Map<string, Set<string>>();

  for (const file of files.values()) {
    if (!file.url.endsWith('.html')) continue;
    const url = pageUrl(file.url);
    const locale = localeOfPath(url);
    if (!pagesByLocale.has(locale)) pagesByLocale.set(locale, []);
    pagesByLocale.get(locale)!.push(file.url);
    const html = readFileSync(file.path, 'utf8');
    const assets = new Set<string>();
    for (const match of html.matchAll(attributeReference)) {
      const asset = assetUrl(files, match[1]!);
      if (asset) assets.add(asset);
    }
    directAssets.set(file.url, assets);
    for (const tag of html.matchAll(stylesheetOrScript)) {
      const reference = /(?:href|src)=["'](\/[^"'#?]+)/.exec(tag[0])?.[1];
      const asset = reference && assetUrl(files, reference);
      if (asset) shellRoots.add(asset);
    }
  }

  const entry = (url: string, requestUrl = url): BundleFile => {
    const file = files.get(url)!;
    return [requestUrl, file.revision, file.bytes];
  };

  const bundles: LocaleBundle[] = locales.map(({ code, lang }) => {
    const pages = pagesByLocale.get(code) ?? [];
    const assets = withDependencies(
      files,
      pages.flatMap((page) => [...(directAssets.get(page) ?? [])]),
    );
    const bundleFiles = [
      ...pages.map((page) => entry(page, pageUrl(page))),
      ...[...assets].sort().map((url) => entry(url)),
      ...searchFiles(files, distDir, lang).map((url) => entry(url)),
    ];
    const unique = [...new Map(bundleFiles.map((f) => [f[0], f])).values()];
    return {
      build,
      locale: code,
      files: unique,
      bytes: unique.reduce((sum, f) => sum + f[2], 0),
      pages: pages.length,
    };
  });

  const shell = [...withDependencies(files, shellRoots, false)]
    .filter((url) => url.endsWith('.css') || /\.m?js$/.test(url))
    .filter((url) => !url.startsWith('/pagefind/'))
    .sort()
    .map((url) => entry(url));
  if (files.has('/favicon.svg')) shell.push(entry('/favicon.svg'));
  return { build, bundles, shell, files };
}

/** Writes `/offline-bundles/<locale>.json` and `/offline-bundles/index.json`. */
export function writeOfflineBundles(distDir: string, plan: OfflineBuild): void {
  const write = (url: string, data: unknown) => {
    const file = join(distDir, ...url.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data));
  };
  const index: BundleIndex = { build: plan.build, locales: {} };
  for (const bundle of plan.bundles) {
    write(bundlePath(bundle.locale), bundle);
    index.locales[bundle.locale] = { bytes: bundle.bytes, files: bundle.files.length, pages: bundle.pages };
  }
  write(bundleIndexPath, index);
}

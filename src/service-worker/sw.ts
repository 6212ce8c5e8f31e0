/**
 * Lantern's service worker. Built by integrations/offline (esbuild) into /sw.js after the search
 * index, with the build's ID and shell list compiled in. docs/ARCHITECTURE.md ("Offline") explains
 * the strategy; in short:
 *
 * - Every cache belongs to one build (src/lib/offline/bundle.ts). A file is stored only when its
 *   bytes match the revision the build lists for it, so no cache ever mixes versions.
 * - Requests are answered from the build's caches first, then the network. A page opened before an
 *   update keeps being served from its own version's caches until it is reloaded.
 * - An update installs in the background (carrying saved languages over: unchanged files are
 *   copied, changed ones downloaded) and waits. Pages show a notice; only the reader's "Reload"
 *   activates it. Nothing here ever reloads a page.
 */
import {
  bundlePath,
  cacheNames,
  localeOfPath,
  parseCacheName,
  revisionFromDigest,
  savedRecordUrl,
  type BundleFile,
  type LocaleBundle,
  type SavedRecord,
} from '../lib/offline/bundle';
import type { LocaleCode } from '../lib/locales';

declare const __LANTERN_BUILD__: string;
declare const __LANTERN_SHELL__: BundleFile[];
declare const __LANTERN_OFFLINE_PAGES__: Record<string, string>;
declare const __LANTERN_FALLBACK__: Record<string, { lang: string; dir: string; title: string; body: string; link: string }>;

/* Service-worker globals, declared here because the project's TypeScript uses the DOM library. */
interface LanternExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface LanternFetchEvent extends LanternExtendableEvent {
  readonly request: Request;
  readonly clientId: string;
  respondWith(response: Promise<Response> | Response): void;
}
interface LanternMessageEvent extends LanternExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface LanternClient {
  readonly id: string;
  readonly url: string;
}
interface LanternScope {
  readonly location: Location;
  readonly registration: ServiceWorkerRegistration;
  readonly clients: {
    get(id: string): Promise<LanternClient | undefined>;
    matchAll(options?: { type?: 'window'; includeUncontrolled?: boolean }): Promise<LanternClient[]>;
    claim(): Promise<void>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LanternExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: LanternFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: LanternMessageEvent) => void): void;
}

const sw = self as unknown as LanternScope;
const build = __LANTERN_BUILD__;
const activeBuildUrl = '/__lantern/active.json';
const legacyUrl = '/__lantern/legacy.json';

async function revisionOf(body: ArrayBuffer): Promise<string> {
  return revisionFromDigest(await crypto.subtle.digest('SHA-256', body));
}

function stored(body: ArrayBuffer, from: Response): Response {
  const headers = new Headers();
  const type = from.headers.get('content-type');
  if (type) headers.set('content-type', type);
  return new Response(body, { status: 200, headers });
}

/** Fetches a file and stores it if it is the version this build lists; throws otherwise. */
async function storeVerified(cache: Cache, url: string, revision: string): Promise<void> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const body = await response.arrayBuffer();
  if ((await revisionOf(body)) !== revision) throw new Error(`${url} has changed since build ${build}`);
  await cache.put(url, stored(body, response));
}

/* ---- The build's file lists, loaded when first needed ---- */

const bundles = new Map<LocaleCode, Promise<{ bundle: LocaleBundle; revisions: Map<string, string> } | null>>();

function bundleFor(locale: LocaleCode) {
  let loading = bundles.get(locale);
  if (!loading) {
    loading = loadBundle(locale).catch(() => null);
    bundles.set(locale, loading);
    loading.then((result) => result ?? bundles.delete(locale));
  }
  return loading;
}

async function loadBundle(locale: LocaleCode) {
  const shell = await caches.open(cacheNames.shell(build));
  const url = bundlePath(locale);
  let bundle = (await (await shell.match(url))?.json()) as LocaleBundle | undefined;
  if (bundle?.build !== build) {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return null;
    const body = await response.arrayBuffer();
    bundle = JSON.parse(new TextDecoder().decode(body)) as LocaleBundle;
    if (bundle.build !== build) {
      // The server already has a newer version: look for its service worker.
      sw.registration.update().catch(() => undefined);
      return null;
    }
    await shell.put(url, stored(body, response));
  }
  return { bundle, revisions: new Map(bundle.files.map(([fileUrl, revision]) => [fileUrl, revision])) };
}

/* ---- Which build a page belongs to ---- */

interface LegacyClients {
  build: string;
  clients: string[];
}
let legacy: Promise<LegacyClients | null> | null = null;

async function readMeta<T>(url: string): Promise<T | null> {
  const meta = await caches.open(cacheNames.meta);
  return ((await (await meta.match(url))?.json()) as T | undefined) ?? null;
}
async function writeMeta(url: string, value: unknown): Promise<void> {
  const meta = await caches.open(cacheNames.meta);
  await meta.put(url, new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } }));
}

/** Pages that were open when this version took over were loaded from the previous one. */
async function legacyBuildOf(clientId: string): Promise<string | null> {
  if (!clientId) return null;
  legacy ??= readMeta<LegacyClients>(legacyUrl);
  const record = await legacy;
  return record && record.build !== build && record.clients.includes(clientId) ? record.build : null;
}

async function cachesOf(builds: string[]): Promise<Cache[]> {
  const names = (await caches.keys()).filter((name) => {
    const parsed = parseCacheName(name);
    return parsed !== null && builds.includes(parsed.build);
  });
  // A build's own caches before an older one's; saved languages before visited pages.
  names.sort((a, b) => builds.indexOf(parseCacheName(a)!.build) - builds.indexOf(parseCacheName(b)!.build));
  return Promise.all(names.map((name) => caches.open(name)));
}

async function matchIn(builds: string[], request: Request | string): Promise<Response | undefined> {
  for (const cache of await cachesOf(builds)) {
    const response = await cache.match(request, { ignoreSearch: true });
    if (response) return response;
  }
  return undefined;
}

/* ---- Keeping what the reader visits ---- */

/** Stores a page or asset fetched from the network if it belongs to this build. */
async function keepIfCurrent(url: URL, response: Response): Promise<void> {
  const pages = await caches.open(cacheNames.pages(build));
  if (url.pathname.startsWith('/_astro/')) {
    // Named by their content hash: the same name is always the same bytes.
    await pages.put(url.pathname, response);
    return;
  }
  const loaded = await bundleFor(localeOfPath(url.pathname));
  const revision = loaded?.revisions.get(url.pathname);
  if (!revision) return;
  const body = await response.arrayBuffer();
  if ((await revisionOf(body)) !== revision) {
    sw.registration.update().catch(() => undefined);
    return;
  }
  await pages.put(url.pathname, stored(body, response));
}

const offlinePagesStored = new Set<string>();
/** The "Use offline" page doubles as the page shown for pages not saved; keep one per language read. */
async function keepOfflinePage(locale: LocaleCode): Promise<void> {
  const path = __LANTERN_OFFLINE_PAGES__[locale];
  if (!path || offlinePagesStored.has(path)) return;
  offlinePagesStored.add(path);
  if (await matchIn([build], path)) return;
  const loaded = await bundleFor(locale);
  const revision = loaded?.revisions.get(path);
  if (!revision) {
    offlinePagesStored.delete(path);
    return;
  }
  await storeVerified(await caches.open(cacheNames.shell(build)), path, revision).catch(() => offlinePagesStored.delete(path));
}

async function offlineFallback(url: URL): Promise<Response> {
  const locale = localeOfPath(url.pathname);
  const candidates = [__LANTERN_OFFLINE_PAGES__[locale], ...Object.values(__LANTERN_OFFLINE_PAGES__)].filter(Boolean) as string[];
  for (const path of candidates) {
    const page = await matchIn([build], path);
    if (page) return new Response(page.body, { status: 200, headers: page.headers });
  }
  const text = __LANTERN_FALLBACK__[locale] ?? __LANTERN_FALLBACK__.en!;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return new Response(
    `<!doctype html><html lang="${text.lang}" dir="${text.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(text.title)}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><main><h1>${escape(text.title)}</h1><p>${escape(text.body)}</p><p><a href="${__LANTERN_OFFLINE_PAGES__[locale] ?? '/offline/'}">${escape(text.link)}</a></p></main></body></html>`,
    { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}

/* ---- Install: the shell, and saved languages carried over from the previous version ---- */

/**
 * Saved languages of the previous version come along: unchanged files are copied, changed ones
 * downloaded, and the language is marked saved again only when all are in. If that fails the
 * install fails, the previous version stays in charge with its complete copy, and the browser
 * tries the update again later. Unfinished downloads are not carried over.
 */
async function carryOverSavedLanguages(previous: string): Promise<void> {
  for (const name of await caches.keys()) {
    const parsed = parseCacheName(name);
    if (parsed?.kind !== 'locale' || parsed.build !== previous || !parsed.locale) continue;
    const old = await caches.open(name);
    if (!(await old.match(savedRecordUrl))) continue;
    const loaded = await bundleFor(parsed.locale);
    if (!loaded) throw new Error(`No file list for ${parsed.locale} in build ${build}`);
    const target = await caches.open(cacheNames.locale(build, parsed.locale));
    for (const [url, revision] of loaded.bundle.files) {
      if (await target.match(url)) continue;
      const previousCopy = await old.match(url);
      if (previousCopy) {
        const body = await previousCopy.arrayBuffer();
        if ((await revisionOf(body)) === revision) {
          await target.put(url, stored(body, previousCopy));
          continue;
        }
      }
      await storeVerified(target, url, revision);
    }
    const record: SavedRecord = {
      locale: parsed.locale,
      build,
      savedAt: new Date().toISOString(),
      files: loaded.bundle.files.length,
      bytes: loaded.bundle.bytes,
    };
    await target.put(savedRecordUrl, new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
  }
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(cacheNames.shell(build));
      await Promise.all(__LANTERN_SHELL__.map(([url, revision]) => storeVerified(shell, url, revision)));
      const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all([...new Set(windows.map((w) => localeOfPath(new URL(w.url).pathname)))].map(keepOfflinePage));
      const previous = (await readMeta<{ build: string }>(activeBuildUrl))?.build;
      if (previous && previous !== build) {
        await carryOverSavedLanguages(previous);
      } else {
        // Nothing is open from another version: take over at once.
        await sw.skipWaiting();
      }
    })(),
  );
});

/* ---- Activate: record pages still open from the previous version; remove unused versions ---- */

/**
 * Deletes the caches of every build but this one, and the previous one while a page opened from
 * it is still open (it keeps being served from them until it is reloaded or closed).
 */
async function removeUnusedVersions(): Promise<void> {
  legacy = readMeta<LegacyClients>(legacyUrl);
  const record = await legacy;
  let keep = [build];
  if (record && record.build !== build) {
    const open = await Promise.all(record.clients.map((id) => sw.clients.get(id)));
    if (open.some(Boolean)) keep = [build, record.build];
  }
  if (record && !keep.includes(record.build)) {
    await (await caches.open(cacheNames.meta)).delete(legacyUrl);
    legacy = Promise.resolve(null);
  }
  await Promise.all(
    (await caches.keys()).map((name) => {
      const parsed = parseCacheName(name);
      return parsed && !keep.includes(parsed.build) ? caches.delete(name) : Promise.resolve(false);
    }),
  );
}

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const previous = (await readMeta<{ build: string }>(activeBuildUrl))?.build;
      if (previous && previous !== build) {
        const open = await sw.clients.matchAll({ type: 'window' });
        await writeMeta(legacyUrl, { build: previous, clients: open.map((c) => c.id) } satisfies LegacyClients);
      } else {
        await sw.clients.claim();
      }
      await writeMeta(activeBuildUrl, { build });
      await removeUnusedVersions();
    })(),
  );
});

/* ---- Fetch ---- */

async function respond(event: LanternFetchEvent): Promise<Response> {
  const { request } = event;
  const url = new URL(request.url);
  // A navigation makes a new page, which is always the current version (Chromium reports the
  // page being left as the client of a reload).
  const previous = request.mode === 'navigate' ? null : await legacyBuildOf(event.clientId);
  const cached = await matchIn(previous ? [previous, build] : [build], request);
  if (request.mode === 'navigate') {
    event.waitUntil(keepOfflinePage(localeOfPath(url.pathname)));
    // Pages of the previous version may have closed since: its caches can go.
    legacy ??= readMeta<LegacyClients>(legacyUrl);
    if ((await legacy) !== null) event.waitUntil(removeUnusedVersions());
  }
  if (cached) return cached;
  try {
    const response = await fetch(request);
    const keepable = request.mode === 'navigate' || ['style', 'script', 'font', 'image', 'manifest'].includes(request.destination);
    if (response.ok && response.type === 'basic' && keepable && !previous) {
      event.waitUntil(keepIfCurrent(url, response.clone()).catch(() => undefined));
    }
    return response;
  } catch (error) {
    if (request.mode === 'navigate') return offlineFallback(url);
    throw error;
  }
}

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== sw.location.origin || url.pathname === '/sw.js') return;
  event.respondWith(respond(event));
});

/* ---- Messages from pages ---- */

type PageMessage = { type: 'build' } | { type: 'skip-waiting' } | { type: 'keep'; urls: string[] };

async function keepUrls(urls: string[]): Promise<void> {
  for (const raw of urls) {
    const url = new URL(raw, sw.location.origin);
    if (url.origin !== sw.location.origin || url.pathname === '/sw.js') continue;
    if (await matchIn([build], url.pathname)) continue;
    const response = await fetch(url.pathname).catch(() => null);
    if (response?.ok) await keepIfCurrent(url, response).catch(() => undefined);
  }
}

sw.addEventListener('message', (event) => {
  const message = event.data as PageMessage;
  if (message?.type === 'build') event.ports[0]?.postMessage({ build });
  else if (message?.type === 'skip-waiting') event.waitUntil(sw.skipWaiting());
  else if (message?.type === 'keep' && Array.isArray(message.urls)) event.waitUntil(keepUrls(message.urls));
});


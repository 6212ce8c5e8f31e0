import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Runs Pagefind's own browser search client (`pagefind.js` from a built bundle) in Node, so the
 * tests and the benchmark query an index exactly as the site's search does, without a browser.
 * Files are read from disk through a fetch shim; each opened index gets its own copy of the
 * client module, because the client keeps one index per module.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface PagefindClient {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  destroy(): Promise<void>;
}

const host = 'pagefind.test';
const bundles = new Map<string, string>();
let shimInstalled = false;
let opened = 0;

function installFetchShim(): void {
  if (shimInstalled) return;
  shimInstalled = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString(), `http://${host}/`);
    if (url.host !== host) return realFetch(input, init);
    const [, bundleId, ...rest] = url.pathname.split('/');
    const dir = bundles.get(bundleId ?? '');
    if (!dir) return new Response('', { status: 404 });
    try {
      return new Response(await readFile(join(dir, ...rest)));
    } catch {
      return new Response('', { status: 404 });
    }
  };
}

export interface SearchIndex {
  /** URLs of the results, best first (at most `limit`). */
  search(term: string, limit?: number): Promise<string[]>;
  /** How many pages the term finds in all. */
  count(term: string): Promise<number>;
  /** The first results with their excerpts, as the UI would show them. */
  results(term: string, limit?: number): Promise<Array<{ url: string; excerpt: string; title: string }>>;
  close(): Promise<void>;
}

/** Opens the `lang` index of the Pagefind bundle in `bundleDir` (a folder with pagefind.js). */
export async function openSearchIndex(bundleDir: string, lang: string): Promise<SearchIndex> {
  installFetchShim();
  const bundleId = `b${++opened}`;
  bundles.set(bundleId, bundleDir);
  const client = (await import(`${pathToFileURL(join(bundleDir, 'pagefind.js')).href}?instance=${bundleId}`)) as PagefindClient;
  await client.options({ basePath: `http://${host}/${bundleId}/`, baseUrl: '/', noWorker: true });
  // The client picks the index for `<html lang>`; outside a browser that is the only way to pick one.
  const globals = globalThis as { document?: unknown };
  globals.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  try {
    await client.init();
  } finally {
    delete globals.document;
  }
  const results = async (term: string, limit = 5) => {
    const found = await client.search(term);
    const data = await Promise.all((found?.results ?? []).slice(0, limit).map((r) => r.data()));
    return data.map((d) => ({ url: d.url, excerpt: d.excerpt, title: d.meta.title ?? '' }));
  };
  return {
    results,
    count: async (term) => (await client.search(term))?.results.length ?? 0,
    search: async (term, limit = 5) => (await results(term, limit)).map((r) => r.url),
    close: async () => {
      await client.destroy();
      bundles.delete(bundleId);
    },
  };
}

import { describe, expect, it } from 'vitest';
import { cacheNames, isSavedRecord, localeOfPath, parseCacheName, revisionFromDigest, type LocaleBundle, type SavedRecord } from '../../src/lib/offline/bundle';
import { DownloadError, downloadBundle, formatBytes, type DownloadDeps, type FetchedFile } from '../../src/lib/offline/download';

const bundle: LocaleBundle = {
  build: 'b1',
  locale: 'km',
  files: [
    ['/km/', 'r-home', 100],
    ['/km/about/', 'r-about', 200],
    ['/_astro/a.css', 'r-css', 300],
    ['/pagefind/pagefind.js', 'r-pf', 400],
  ],
  bytes: 1000,
  pages: 2,
};

/** An in-memory cache and server: the body of a file is its revision, as text. */
function fakes(options: { failOn?: string; changed?: string; quotaOn?: string } = {}) {
  const stored = new Map<string, string>();
  let record: SavedRecord | null = null;
  const fetched: string[] = [];
  const deps: DownloadDeps = {
    store: {
      has: async (url) => stored.has(url),
      put: async (url, body) => {
        if (url === options.quotaOn) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        stored.set(url, new TextDecoder().decode(body));
      },
      putRecord: async (r) => {
        record = r;
      },
    },
    fetchFile: async (url): Promise<FetchedFile> => {
      fetched.push(url);
      if (url === options.failOn) throw new TypeError('Failed to fetch');
      const revision = bundle.files.find((f) => f[0] === url)![1];
      const body = new TextEncoder().encode(url === options.changed ? 'something else' : revision).buffer as ArrayBuffer;
      return { ok: true, status: 200, body, contentType: 'text/plain' };
    },
    revisionOf: async (body) => new TextDecoder().decode(body),
    now: () => new Date('2026-03-01T10:00:00Z'),
  };
  return { deps, stored, fetched, record: () => record };
}

describe('saving a language', () => {
  it('stores every file, reports progress, and writes the saved record last', async () => {
    const { deps, stored, record } = fakes();
    const progress: number[] = [];
    const saved = await downloadBundle(bundle, deps, { onProgress: (p) => progress.push(p.doneBytes) });
    expect([...stored.keys()].sort()).toEqual(bundle.files.map((f) => f[0]).sort());
    expect(saved).toEqual({ locale: 'km', build: 'b1', savedAt: '2026-03-01T10:00:00.000Z', files: 4, bytes: 1000 });
    expect(record()).toEqual(saved);
    expect(progress.at(-1)).toBe(1000);
    expect(isSavedRecord(saved)).toBe(true);
  });

  it('never marks an interrupted download as saved, and resumes with only the missing files', async () => {
    const first = fakes({ failOn: '/_astro/a.css' });
    await expect(downloadBundle(bundle, first.deps, { concurrency: 1 })).rejects.toMatchObject({ reason: 'network', url: '/_astro/a.css' });
    expect(first.record()).toBeNull();
    const stored = new Set(first.stored.keys());
    expect(stored.size).toBeGreaterThan(0);

    const second = fakes();
    for (const url of stored) second.stored.set(url, 'kept');
    await downloadBundle(bundle, second.deps);
    expect(second.fetched.sort()).toEqual(bundle.files.map((f) => f[0]).filter((url) => !stored.has(url)).sort());
    expect(second.record()).not.toBeNull();
  });

  it('stops without storing a file that is not the listed version (the site was updated)', async () => {
    const { deps, stored, record } = fakes({ changed: '/km/about/' });
    const error = await downloadBundle(bundle, deps, { concurrency: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as DownloadError).reason).toBe('changed');
    expect(stored.has('/km/about/')).toBe(false);
    expect(record()).toBeNull();
  });

  it('reports a full device as a quota failure', async () => {
    const { deps, record } = fakes({ quotaOn: '/pagefind/pagefind.js' });
    await expect(downloadBundle(bundle, deps)).rejects.toMatchObject({ reason: 'quota' });
    expect(record()).toBeNull();
  });

  it('stops when asked, keeping what was stored', async () => {
    const { deps, record } = fakes();
    const controller = new AbortController();
    controller.abort();
    await expect(downloadBundle(bundle, deps, { signal: controller.signal })).rejects.toMatchObject({ reason: 'aborted' });
    expect(record()).toBeNull();
  });
});

describe('offline bundles and caches', () => {
  it('names caches by build, and reads the names back', () => {
    expect(parseCacheName(cacheNames.locale('abc', 'zh-cn'))).toEqual({ build: 'abc', kind: 'locale', locale: 'zh-cn' });
    expect(parseCacheName(cacheNames.shell('abc'))).toEqual({ build: 'abc', kind: 'shell' });
    expect(parseCacheName(cacheNames.meta)).toBeNull();
    expect(parseCacheName('workbox-precache')).toBeNull();
    expect(parseCacheName('lantern:abc:locale:xx')).toBeNull();
  });

  it('knows the language of a path', () => {
    expect(localeOfPath('/km/principles/1/')).toBe('km');
    expect(localeOfPath('/zh-cn/')).toBe('zh-cn');
    expect(localeOfPath('/principles/1/')).toBe('en');
    expect(localeOfPath('/en/whatever/')).toBe('en');
    expect(localeOfPath('/_astro/a.css')).toBe('en');
  });

  it('rejects a malformed saved record', () => {
    expect(isSavedRecord({ locale: 'km', build: 'b', savedAt: 'yesterday', files: 1, bytes: 1 })).toBe(false);
    expect(isSavedRecord({ locale: 'xx', build: 'b', savedAt: '2026-01-01T00:00:00Z', files: 1, bytes: 1 })).toBe(false);
    expect(isSavedRecord(null)).toBe(false);
  });

  it('writes revisions as 16 hex digits and sizes in the reader’s language', () => {
    expect(revisionFromDigest(new Uint8Array([0, 1, 2, 255, 16, 32, 64, 128, 9]))).toBe('000102ff10204080');
    expect(formatBytes(4.25 * 1024 * 1024, 'en')).toBe('4.3 MB');
    expect(formatBytes(4.25 * 1024 * 1024, 'id')).toBe('4,3 MB');
    expect(formatBytes(2048, 'en')).toBe('2 kB');
  });
});

import type { BundleFile, LocaleBundle, SavedRecord } from './bundle';

/**
 * Saving a language: every file of its bundle is fetched, checked against its revision and stored;
 * the saved record is stored last. The algorithm is independent of the browser (the page passes in
 * Cache Storage, fetch and SHA-256), so it is unit-tested with fakes.
 *
 * - Resumable: files already stored are skipped, so running it again after a failure or a closed
 *   tab fetches only what is missing.
 * - Never half-saved: the record that marks the language as saved is written only after every
 *   file is in; until then the language shows as unfinished.
 * - One version: a file whose bytes do not match the bundle's revision means the site was updated
 *   during the download; it is not stored and the download stops with `changed`.
 */

export interface DownloadStore {
  has(url: string): Promise<boolean>;
  put(url: string, body: ArrayBuffer, contentType: string | null): Promise<void>;
  putRecord(record: SavedRecord): Promise<void>;
}

export interface FetchedFile {
  ok: boolean;
  status: number;
  body: ArrayBuffer;
  contentType: string | null;
}

export interface DownloadDeps {
  store: DownloadStore;
  fetchFile(url: string): Promise<FetchedFile>;
  revisionOf(body: ArrayBuffer): Promise<string>;
  now(): Date;
}

export interface DownloadProgress {
  doneFiles: number;
  totalFiles: number;
  doneBytes: number;
  totalBytes: number;
}

export type DownloadFailureReason = 'network' | 'changed' | 'quota' | 'storage' | 'aborted';

export class DownloadError extends Error {
  constructor(
    readonly reason: DownloadFailureReason,
    readonly url: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export interface DownloadOptions {
  /** Files fetched at once: a few, so a slow connection is used well without flooding it. */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?(progress: DownloadProgress): void;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));
}

export async function downloadBundle(bundle: LocaleBundle, deps: DownloadDeps, options: DownloadOptions = {}): Promise<SavedRecord> {
  const { store } = deps;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const progress: DownloadProgress = { doneFiles: 0, totalFiles: bundle.files.length, doneBytes: 0, totalBytes: bundle.bytes };
  const report = () => options.onProgress?.({ ...progress });

  const missing: BundleFile[] = [];
  for (const file of bundle.files) {
    if (await store.has(file[0])) {
      progress.doneFiles++;
      progress.doneBytes += file[2];
    } else {
      missing.push(file);
    }
  }
  report();

  let next = 0;
  let failure: DownloadError | null = null;
  const worker = async () => {
    while (failure === null && next < missing.length) {
      if (options.signal?.aborted) {
        failure = new DownloadError('aborted', null, 'The download was stopped.');
        return;
      }
      const [url, revision, bytes] = missing[next++]!;
      try {
        await saveFile(url, revision, deps);
      } catch (error) {
        failure ??= error instanceof DownloadError ? error : new DownloadError('storage', url, String(error));
        return;
      }
      progress.doneFiles++;
      progress.doneBytes += bytes;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, missing.length) }, worker));
  if (failure) throw failure;

  const record: SavedRecord = {
    locale: bundle.locale,
    build: bundle.build,
    savedAt: deps.now().toISOString(),
    files: bundle.files.length,
    bytes: bundle.bytes,
  };
  try {
    await store.putRecord(record);
  } catch (error) {
    throw new DownloadError(isQuotaError(error) ? 'quota' : 'storage', null, String(error));
  }
  return record;
}

async function saveFile(url: string, revision: string, deps: DownloadDeps): Promise<void> {
  let fetched: FetchedFile;
  try {
    fetched = await deps.fetchFile(url);
  } catch (error) {
    throw new DownloadError('network', url, `Could not fetch ${url}: ${String(error)}`);
  }
  if (!fetched.ok) {
    // A file of the bundle that the server no longer has: the site has been updated.
    throw new DownloadError(fetched.status === 404 ? 'changed' : 'network', url, `${url} answered ${fetched.status}`);
  }
  if ((await deps.revisionOf(fetched.body)) !== revision) {
    throw new DownloadError('changed', url, `${url} is not the version this bundle lists`);
  }
  try {
    await deps.store.put(url, fetched.body, fetched.contentType);
  } catch (error) {
    throw new DownloadError(isQuotaError(error) ? 'quota' : 'storage', url, String(error));
  }
}

/** Whole megabytes with one decimal, in the reader's language: "4.2 MB", "4,2 MB". */
export function formatBytes(bytes: number, lang: string): string {
  const megabytes = bytes / (1024 * 1024);
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: megabytes >= 1 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes >= 1 ? 1 : 0,
  }).format(megabytes >= 1 ? megabytes : Math.max(1, Math.round(bytes / 1024)));
}

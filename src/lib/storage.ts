/**
 * The one module that owns everything Lantern saves on the device.
 *
 * Each feature declares an *area* (checklists, assessments, learning, …): a name, a schema
 * version, a validator and the migrations from older versions. Everything is stored in
 * `localStorage` under `lantern:<area>` inside an envelope that records the app, area and version,
 * so that data from another tool, a corrupt value or a file from an older release is recognised.
 *
 * Rules this module guarantees, whatever the browser does:
 * - Nothing saved is ever dropped silently. Data that cannot be read is *set aside* under its own
 *   key (and can be downloaded or discarded by the user); data written by a newer version of
 *   Lantern is left untouched and saving over it is refused.
 * - A failed save (full quota, private mode, storage disabled) leaves what was saved before intact
 *   and returns a status the page turns into a message in the user's language.
 * - The same envelope is the export file format, so an imported file goes through the same
 *   validation and migrations as stored data.
 *
 * Pure TypeScript: the browser's `localStorage` is passed in, so tests can use a fake.
 */

export const APP_ID = 'lantern';
const KEY_PREFIX = `${APP_ID}:`;
const SET_ASIDE_PREFIX = `${APP_ID}:set-aside:`;

/** The subset of the Web Storage API this module needs. */
export interface StorageBackend {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A validator in the shape of Zod's `safeParse` (zod and zod/mini schemas both fit). */
export interface Validator<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

export interface AreaDefinition<T> {
  /** Storage key suffix and export `kind`: `lantern:<name>`. */
  name: string;
  /** Current schema version, an integer from 1. */
  version: number;
  schema: Validator<T>;
  /** `migrations[n]` turns version-n data into version-(n+1) data. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** The value of an area with nothing saved yet. */
  empty: () => T;
}

export interface Envelope {
  app: typeof APP_ID;
  kind: string;
  version: number;
  savedAt: string;
  data: unknown;
}

/** Why stored data or a file could not be used. Pages map each reason to a message. */
export type RejectionReason =
  | 'not-json' //        not parseable at all (corrupt, truncated)
  | 'not-lantern' //     valid JSON, but not written by Lantern
  | 'wrong-kind' //      written by Lantern, but for another area (e.g. a checklist file given to the self-assessment)
  | 'newer-version' //   written by a newer Lantern than this page
  | 'invalid' //         right kind and version, but the data does not match the schema
  | 'too-large'; //      a file over the size limit

export interface Rejection {
  reason: RejectionReason;
  /** For `invalid`: where in the data the problem is, as a path such as `answers.S5.2.value`. */
  detail?: string;
}

export type LoadResult<T> =
  | { status: 'ok'; value: T; migratedFrom?: number }
  | { status: 'empty'; value: T }
  /** Unreadable data was moved to `setAsideKey`; `value` is empty so the page still works. */
  | { status: 'set-aside'; value: T; setAsideKey: string; rejection: Rejection }
  /** Data from a newer Lantern: left untouched; saving is refused until the page is updated. */
  | { status: 'newer-version'; value: T }
  | { status: 'unavailable'; value: T };

export type SaveResult =
  | { status: 'ok' }
  | { status: 'quota-exceeded' }
  | { status: 'newer-version' }
  | { status: 'unavailable' };

export interface SetAsideRecord {
  key: string;
  area: string;
  setAsideAt: string;
  raw: string;
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: string; code?: number };
  // Chromium/WebKit: QuotaExceededError (code 22); Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Parses and validates an envelope (stored value or imported file) for `area`, running migrations.
 * Never throws.
 */
export function readEnvelope<T>(
  area: AreaDefinition<T>,
  raw: string,
): { ok: true; value: T; migratedFrom?: number } | { ok: false; rejection: Rejection } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, rejection: { reason: 'not-json' } };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { app?: unknown }).app !== APP_ID) {
    return { ok: false, rejection: { reason: 'not-lantern' } };
  }
  const envelope = parsed as Partial<Envelope>;
  if (envelope.kind !== area.name) return { ok: false, rejection: { reason: 'wrong-kind' } };
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, rejection: { reason: 'invalid', detail: 'version' } };
  }
  if (version > area.version) return { ok: false, rejection: { reason: 'newer-version' } };

  let data = envelope.data;
  for (let from = version; from < area.version; from++) {
    const migrate = area.migrations?.[from];
    if (!migrate) return { ok: false, rejection: { reason: 'invalid', detail: 'version' } };
    try {
      data = migrate(data);
    } catch {
      return { ok: false, rejection: { reason: 'invalid', detail: 'data' } };
    }
  }
  const result = area.schema.safeParse(data);
  if (!result.success) {
    // Only the path: Zod's messages are English, and the page words the problem in the user's language.
    const path = result.error.issues[0]?.path.map(String).join('.');
    return { ok: false, rejection: { reason: 'invalid', detail: path || 'data' } };
  }
  return version < area.version ? { ok: true, value: result.data, migratedFrom: version } : { ok: true, value: result.data };
}

/** Wraps a value as a versioned envelope: the stored form and the export file format. */
export function toEnvelope<T>(area: AreaDefinition<T>, value: T, now: Date = new Date()): Envelope {
  return { app: APP_ID, kind: area.name, version: area.version, savedAt: now.toISOString(), data: value };
}

/**
 * Checks an imported file before it touches anything: size, then the same validation as stored
 * data. The caller decides where a valid value goes; nothing on the device changes here.
 */
export function importFile<T>(
  area: AreaDefinition<T>,
  text: string,
  maxBytes: number,
): { ok: true; value: T } | { ok: false; rejection: Rejection } {
  if (new TextEncoder().encode(text).length > maxBytes) return { ok: false, rejection: { reason: 'too-large' } };
  const result = readEnvelope(area, text);
  return result.ok ? { ok: true, value: result.value } : result;
}

export class DeviceStorage {
  readonly #backend: StorageBackend | null;
  readonly #now: () => Date;

  constructor(backend: StorageBackend | null, now: () => Date = () => new Date()) {
    this.#backend = backend;
    this.#now = now;
  }

  /** False in a browser where storage is disabled or blocked: pages keep working, unsaved. */
  get available(): boolean {
    return this.#backend !== null;
  }

  load<T>(area: AreaDefinition<T>): LoadResult<T> {
    const backend = this.#backend;
    if (!backend) return { status: 'unavailable', value: area.empty() };
    const key = KEY_PREFIX + area.name;
    let raw: string | null;
    try {
      raw = backend.getItem(key);
    } catch {
      return { status: 'unavailable', value: area.empty() };
    }
    if (raw === null) return { status: 'empty', value: area.empty() };

    const result = readEnvelope(area, raw);
    if (result.ok) {
      return result.migratedFrom !== undefined
        ? { status: 'ok', value: result.value, migratedFrom: result.migratedFrom }
        : { status: 'ok', value: result.value };
    }
    if (result.rejection.reason === 'newer-version') return { status: 'newer-version', value: area.empty() };
    return { status: 'set-aside', value: area.empty(), setAsideKey: this.#setAside(area, key, raw), rejection: result.rejection };
  }

  save<T>(area: AreaDefinition<T>, value: T): SaveResult {
    const backend = this.#backend;
    if (!backend) return { status: 'unavailable' };
    const key = KEY_PREFIX + area.name;
    try {
      const current = backend.getItem(key);
      if (current !== null) {
        const stored = readEnvelope(area, current);
        if (!stored.ok && stored.rejection.reason === 'newer-version') return { status: 'newer-version' };
      }
      backend.setItem(key, JSON.stringify(toEnvelope(area, value, this.#now())));
      return { status: 'ok' };
    } catch (error) {
      return isQuotaError(error) ? { status: 'quota-exceeded' } : { status: 'unavailable' };
    }
  }

  /** Removes an area's saved data (after the page has asked the user to confirm). */
  clear(area: AreaDefinition<unknown>): SaveResult {
    if (!this.#backend) return { status: 'unavailable' };
    try {
      this.#backend.removeItem(KEY_PREFIX + area.name);
      return { status: 'ok' };
    } catch {
      return { status: 'unavailable' };
    }
  }

  /** Data set aside for an area (or all areas), newest first, so the user can save or discard it. */
  listSetAside(areaName?: string): SetAsideRecord[] {
    const backend = this.#backend;
    if (!backend) return [];
    const records: SetAsideRecord[] = [];
    try {
      for (let i = 0; i < backend.length; i++) {
        const key = backend.key(i);
        if (!key?.startsWith(SET_ASIDE_PREFIX)) continue;
        const [area = '', setAsideAt = ''] = key.slice(SET_ASIDE_PREFIX.length).split('|');
        if (areaName && area !== areaName) continue;
        records.push({ key, area, setAsideAt, raw: backend.getItem(key) ?? '' });
      }
    } catch {
      return [];
    }
    return records.sort((a, b) => b.setAsideAt.localeCompare(a.setAsideAt));
  }

  discardSetAside(key: string): SaveResult {
    if (!this.#backend || !key.startsWith(SET_ASIDE_PREFIX)) return { status: 'unavailable' };
    try {
      this.#backend.removeItem(key);
      return { status: 'ok' };
    } catch {
      return { status: 'unavailable' };
    }
  }

  /**
   * Moves unreadable data out of the way. If the copy cannot be written (full quota), the data
   * stays where it is: it is reported as set aside under its own key, and never deleted.
   */
  #setAside(area: AreaDefinition<unknown>, key: string, raw: string): string {
    const backend = this.#backend!;
    const setAsideKey = `${SET_ASIDE_PREFIX}${area.name}|${this.#now().toISOString()}`;
    try {
      backend.setItem(setAsideKey, raw);
    } catch {
      return key;
    }
    try {
      backend.removeItem(key);
    } catch {
      // The copy exists; leaving the original in place loses nothing.
    }
    return setAsideKey;
  }
}

/**
 * The device's storage, or a storage that reports itself unavailable when the browser blocks it
 * (private mode, disabled cookies/storage, sandboxed frames): reading `localStorage` can throw, and
 * some browsers only fail on the first write, so both are probed.
 */
export function openDeviceStorage(getLocalStorage: () => StorageBackend | null | undefined): DeviceStorage {
  try {
    const backend = getLocalStorage();
    if (!backend) return new DeviceStorage(null);
    const probe = `${KEY_PREFIX}probe`;
    backend.setItem(probe, '1');
    backend.removeItem(probe);
    return new DeviceStorage(backend);
  } catch (error) {
    // A full quota still allows reading what is saved; only a blocked storage is unavailable.
    if (isQuotaError(error)) {
      try {
        return new DeviceStorage(getLocalStorage() ?? null);
      } catch {
        return new DeviceStorage(null);
      }
    }
    return new DeviceStorage(null);
  }
}

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  DeviceStorage,
  importFile,
  openDeviceStorage,
  toEnvelope,
  type AreaDefinition,
  type StorageBackend,
} from '../../src/lib/storage';

/** An in-memory Web Storage with an optional quota in characters, like a browser's. */
class FakeStorage implements StorageBackend {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError', code: 22 });
    }
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Version 2 stores ticks as a list; version 1 stored them as a comma-separated string. */
const ticks: AreaDefinition<{ ticked: string[] }> = {
  name: 'test-ticks',
  version: 2,
  schema: z.object({ ticked: z.array(z.string()) }),
  migrations: { 1: (data) => ({ ticked: String((data as { ticked: string }).ticked).split(',') }) },
  empty: () => ({ ticked: [] }),
};

const fixedNow = () => new Date('2026-11-29T10:00:00.000Z');

describe('device storage', () => {
  it('saves and loads a value (round trip)', () => {
    const storage = new DeviceStorage(new FakeStorage(), fixedNow);
    expect(storage.load(ticks)).toEqual({ status: 'empty', value: { ticked: [] } });
    expect(storage.save(ticks, { ticked: ['first-contact.1'] })).toEqual({ status: 'ok' });
    expect(storage.load(ticks)).toEqual({ status: 'ok', value: { ticked: ['first-contact.1'] } });
  });

  it('stores a versioned envelope that names the app and the area', () => {
    const backend = new FakeStorage();
    new DeviceStorage(backend, fixedNow).save(ticks, { ticked: ['a'] });
    expect(JSON.parse(backend.getItem('lantern:test-ticks')!)).toEqual({
      app: 'lantern',
      kind: 'test-ticks',
      version: 2,
      savedAt: '2026-11-29T10:00:00.000Z',
      data: { ticked: ['a'] },
    });
  });

  it('migrates data saved by an older version', () => {
    const backend = new FakeStorage();
    backend.setItem('lantern:test-ticks', JSON.stringify({ app: 'lantern', kind: 'test-ticks', version: 1, savedAt: '', data: { ticked: 'a,b' } }));
    expect(new DeviceStorage(backend).load(ticks)).toEqual({ status: 'ok', value: { ticked: ['a', 'b'] }, migratedFrom: 1 });
  });

  it('sets corrupt data aside, never dropping it, and keeps working', () => {
    const backend = new FakeStorage();
    backend.setItem('lantern:test-ticks', '{"app":"lantern","kind":"test-ti');
    const storage = new DeviceStorage(backend, fixedNow);
    const result = storage.load(ticks);
    expect(result).toMatchObject({ status: 'set-aside', value: { ticked: [] }, rejection: { reason: 'not-json' } });
    const [record] = storage.listSetAside('test-ticks');
    expect(record).toMatchObject({ area: 'test-ticks', setAsideAt: '2026-11-29T10:00:00.000Z', raw: '{"app":"lantern","kind":"test-ti' });
    expect(result.status === 'set-aside' && result.setAsideKey).toBe(record!.key);
    expect(storage.save(ticks, { ticked: ['x'] })).toEqual({ status: 'ok' });
    expect(storage.listSetAside()).toHaveLength(1);
    expect(storage.discardSetAside(record!.key)).toEqual({ status: 'ok' });
    expect(storage.listSetAside()).toEqual([]);
  });

  it('sets aside data from another tool and data that fails the schema, with the reason', () => {
    const foreign = new FakeStorage();
    foreign.setItem('lantern:test-ticks', JSON.stringify({ hello: 'world' }));
    expect(new DeviceStorage(foreign).load(ticks)).toMatchObject({ status: 'set-aside', rejection: { reason: 'not-lantern' } });

    const invalid = new FakeStorage();
    invalid.setItem('lantern:test-ticks', JSON.stringify(toEnvelope(ticks, { ticked: [1, 2] } as never)));
    expect(new DeviceStorage(invalid).load(ticks)).toMatchObject({
      status: 'set-aside',
      rejection: { reason: 'invalid', detail: 'ticked.0' },
    });
  });

  it('leaves data from a newer version untouched and refuses to overwrite it', () => {
    const backend = new FakeStorage();
    const newer = JSON.stringify({ app: 'lantern', kind: 'test-ticks', version: 3, savedAt: '', data: { future: true } });
    backend.setItem('lantern:test-ticks', newer);
    const storage = new DeviceStorage(backend);
    expect(storage.load(ticks)).toEqual({ status: 'newer-version', value: { ticked: [] } });
    expect(storage.save(ticks, { ticked: ['x'] })).toEqual({ status: 'newer-version' });
    expect(backend.getItem('lantern:test-ticks')).toBe(newer);
  });

  it('reports a full quota and keeps what was saved before', () => {
    const backend = new FakeStorage(200);
    const storage = new DeviceStorage(backend, fixedNow);
    expect(storage.save(ticks, { ticked: ['a'] })).toEqual({ status: 'ok' });
    expect(storage.save(ticks, { ticked: ['x'.repeat(500)] })).toEqual({ status: 'quota-exceeded' });
    expect(storage.load(ticks)).toEqual({ status: 'ok', value: { ticked: ['a'] } });
  });

  it('keeps unreadable data in place when the quota is too full to set it aside', () => {
    const backend = new FakeStorage(60);
    backend.items.set('lantern:test-ticks', 'not json at all, and long enough');
    const result = new DeviceStorage(backend).load(ticks);
    expect(result).toMatchObject({ status: 'set-aside', setAsideKey: 'lantern:test-ticks' });
    expect(backend.getItem('lantern:test-ticks')).toBe('not json at all, and long enough');
  });

  it('works, unsaved, where storage is unavailable', () => {
    const blocked = openDeviceStorage(() => {
      throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    });
    expect(blocked.available).toBe(false);
    expect(blocked.load(ticks)).toEqual({ status: 'unavailable', value: { ticked: [] } });
    expect(blocked.save(ticks, { ticked: ['a'] })).toEqual({ status: 'unavailable' });
    expect(openDeviceStorage(() => null).available).toBe(false);
  });

  it('treats storage that throws on every write as unavailable, and a full one as available', () => {
    const readOnly = new FakeStorage();
    readOnly.setItem = () => {
      throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    };
    expect(openDeviceStorage(() => readOnly).available).toBe(false);
    expect(openDeviceStorage(() => new FakeStorage(0)).available).toBe(true);
  });
});

describe('importing a file', () => {
  const file = (value: unknown) => JSON.stringify(value);

  it('accepts a valid export of the same area', () => {
    expect(importFile(ticks, file(toEnvelope(ticks, { ticked: ['a'] })), 1_000_000)).toEqual({ ok: true, value: { ticked: ['a'] } });
  });

  it('refuses oversized, malformed, foreign, other-area, newer and invalid files with the reason', () => {
    const reason = (text: string, max = 1_000_000) => {
      const result = importFile(ticks, text, max);
      return result.ok ? 'accepted' : result.rejection.reason;
    };
    expect(reason(file(toEnvelope(ticks, { ticked: ['a'] })), 10)).toBe('too-large');
    expect(reason('{"app":')).toBe('not-json');
    expect(reason(file([1, 2, 3]))).toBe('not-lantern');
    expect(reason(file({ app: 'lantern', kind: 'assessments', version: 1, data: {} }))).toBe('wrong-kind');
    expect(reason(file({ app: 'lantern', kind: 'test-ticks', version: 99, data: {} }))).toBe('newer-version');
    expect(reason(file({ app: 'lantern', kind: 'test-ticks', version: 2, data: { ticked: 'no' } }))).toBe('invalid');
    expect(reason(file({ app: 'lantern', kind: 'test-ticks', version: 0.5, data: {} }))).toBe('invalid');
  });
});
